"""Build-time story map: chapters, steps and jumps as one self-contained HTML page with an SVG graph.

Graphviz `dot` lays the graph out when it is installed; otherwise a pure-Python layout draws chapters as
columns and steps as rows in story order. Steps lint reports as unreachable, as dead ends or as
loops the player cannot leave get a red outline.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from game.content.compile import read_project
from game.content.diagnostics import Diagnostic
from game.content.lint import step_edges
from game.content.lint_loops import LOOP_CODES, find_loops
from game.content.project import ChapterSource, Project, full_id
from game.content.schema import (
    AwardSpec,
    ChapterEndSpec,
    ChoiceSpec,
    EndingSpec,
    GotoSpec,
    IfSpec,
    LineSpec,
    MinigameSpec,
    QuizSpec,
    SetSpec,
    StepSpec,
)

FLAG_CODES = ("unreachable-step", "dead-end", *LOOP_CODES)
WORDS = 5

# kind → (fill colour, Graphviz shape, what the legend calls it)
KINDS: dict[str, tuple[str, str, str]] = {
    "line": ("#ffffff", "box", "line of dialogue"),
    "choice": ("#ffe08a", "hexagon", "choice"),
    "quiz": ("#bfe3ff", "octagon", "quiz"),
    "if": ("#e3d4ff", "diamond", "if / else"),
    "goto": ("#e4e4e4", "cds", "goto"),
    "set": ("#f0f0f0", "note", "set variables"),
    "award": ("#ffd6a5", "tab", "award"),
    "minigame": ("#c8f0c0", "component", "mini-game"),
    "chapter_end": ("#b8dede", "house", "chapter end"),
    "ending": ("#ffb3c6", "doubleoctagon", "ending"),
}
UNKNOWN_KIND = ("#dddddd", "box", "step that failed validation")


@dataclass(frozen=True)
class MapNode:
    """One step: its full id, kind, speaker, a few words in each language, where it is written, its problems."""

    key: str
    chapter: str
    step_id: str
    kind: str
    words: str  # English
    problems: tuple[str, ...] = ()
    words_ko: str = ""
    speaker: str = ""
    where: str = ""  # file:line, as an editor's "go to" takes it

    @property
    def search_text(self) -> str:
        """Everything the page's search box matches against."""
        return " ".join((self.key, self.kind, self.speaker, self.words, self.words_ko, self.where)).lower()


@dataclass(frozen=True)
class MapEdge:
    """One jump between two steps, labelled with what takes it (option id, if/else, result, ...)."""

    source: str
    target: str
    label: str


@dataclass
class MapChapter:
    chapter_id: str
    title: str
    nodes: list[MapNode]
    problems: tuple[str, ...] = ()


@dataclass
class StoryMap:
    """The graph the renderers draw."""

    title: str
    chapters: list[MapChapter]
    edges: list[MapEdge]
    issues: list[Diagnostic] = field(default_factory=list)

    @property
    def flagged(self) -> list[str]:
        """Full ids of every highlighted step."""
        return [n.key for c in self.chapters for n in c.nodes if n.problems]


def _words(text: str, count: int = WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:count]) + (" …" if len(parts) > count else "")


def _summary(step: StepSpec, lang: str = "en") -> str:
    if isinstance(step, LineSpec):
        return _words(getattr(step.text, lang))
    if isinstance(step, ChoiceSpec):
        return _words(getattr(step.prompt, lang)) if step.prompt else f"{len(step.options)} options"
    if isinstance(step, QuizSpec):
        return _words(getattr(step.question, lang))
    if isinstance(step, IfSpec):
        return _words(step.condition)
    if isinstance(step, GotoSpec):
        return f"→ {step.target}"
    if isinstance(step, SetSpec):
        return _words(", ".join(step.set))
    if isinstance(step, AwardSpec):
        return f"{'badge' if step.badge else 'time piece'} {step.badge or step.time_piece}"
    if isinstance(step, MinigameSpec):
        return step.name
    if isinstance(step, ChapterEndSpec):
        return f"→ {step.next}" if step.next else "end of chapter"
    if isinstance(step, EndingSpec):
        return _words(getattr(step.title, lang))
    return ""


def _texts_in(step: StepSpec) -> bool:
    return isinstance(step, LineSpec | ChoiceSpec | QuizSpec | EndingSpec)


def _where(path: str, line: int) -> str:
    """`story/prologue.yaml:47`: relative to the working folder when the file is inside it."""
    try:
        shown = Path(path).resolve().relative_to(Path.cwd())
    except ValueError:
        shown = Path(path)
    return f"{shown.as_posix()}:{line}"


def _edge_label(path: tuple[object, ...], step: StepSpec | None) -> str:
    """What takes a jump, from where lint says it is written."""
    tail = path[2:]
    if not tail:
        return "else" if isinstance(step, IfSpec) else ("other" if isinstance(step, MinigameSpec) else "")
    if tail[0] == "target":
        return "if" if isinstance(step, IfSpec) else ""
    if tail[0] == "else":
        return "else"
    if tail[0] == "options" and isinstance(step, ChoiceSpec) and isinstance(tail[1], int):
        return step.options[tail[1]].id
    if tail[0] == "results" and len(tail) > 1:
        return str(tail[1])
    if tail[0] == "next":
        return "next chapter"
    return ""


def _problems_by_step(chapter: ChapterSource, issues: list[Diagnostic]) -> tuple[dict[int, list[str]], list[str]]:
    """Which step each diagnostic in this chapter's file belongs to (the last step starting at or before it)."""
    starts = [(chapter.source.pos(("steps", i)).line, i) for i in range(len(chapter.spec.steps))]
    by_step: dict[int, list[str]] = {}
    whole: list[str] = []
    for d in issues:
        if d.pos.file != chapter.source.pos(("id",)).file:
            continue
        owner = [i for line, i in starts if line <= d.pos.line]
        if owner:
            by_step.setdefault(owner[-1], []).append(f"{d.code}: {d.message}")
        else:
            whole.append(f"{d.code}: {d.message}")
    return by_step, whole


def build_map(project: Project, diagnostics: list[Diagnostic]) -> StoryMap:
    """The story graph, with unreachable steps and dead ends (from lint) marked."""
    issues = sorted(d for d in set(diagnostics) if d.code in FLAG_CODES)
    trapped: dict[str, str] = {}  # every step of a loop the player cannot leave → what the loop's error says
    for loop in find_loops(project) if any(d.code in LOOP_CODES for d in issues) else ():
        for member in loop.members:
            trapped.setdefault(member, f"{loop.code}: in the loop {' → '.join((*loop.cycle, loop.cycle[0]))}")
    chapters: list[MapChapter] = []
    edges: list[MapEdge] = []
    for chapter in project.ordered():
        cid = chapter.spec.id
        by_step, whole = _problems_by_step(chapter, issues)
        nodes = []
        for i, sid in chapter.step_ids():
            step = chapter.spec.steps[i]
            problems = by_step.get(i, [])
            if full_id(cid, sid) in trapped and not problems:
                problems = [trapped[full_id(cid, sid)]]
            pos = chapter.source.pos(("steps", i))
            nodes.append(MapNode(full_id(cid, sid), cid, sid, step.kind if step else "?",
                                 _summary(step) if step else "(invalid)", tuple(problems),
                                 _summary(step, "ko") if step and _texts_in(step) else "",
                                 str(getattr(step, "speaker", None) or ""), _where(pos.file, pos.line)))
            for edge in step_edges(project, chapter, i):
                if edge.target is not None:
                    edges.append(MapEdge(full_id(cid, sid), edge.target, _edge_label(edge.path, step)))
        chapters.append(MapChapter(cid, chapter.spec.title.en, nodes, tuple(whole)))
    known = {n.key for c in chapters for n in c.nodes}
    edges = [e for e in edges if e.target in known]  # unknown targets are reported by `check`
    return StoryMap(project.story.title.en, chapters, edges, issues)


# -- Graphviz --------------------------------------------------------------------------------------


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot_source(story_map: StoryMap) -> str:
    """The graph in Graphviz's dot language."""
    out = ["digraph story {", "  rankdir=TB; newrank=true; nodesep=0.25; ranksep=0.35;",
           '  node [fontname="Helvetica", fontsize=10, style="filled", penwidth=1, color="#5a6270"];',
           '  edge [fontname="Helvetica", fontsize=9, color="#6b7380", arrowsize=0.6];']
    for n, chapter in enumerate(story_map.chapters):
        outline = 'color="#d62728", penwidth=3' if chapter.problems else 'color="#9aa5b1"'
        out.append(f"  subgraph cluster_{n} {{ id={_q('chapter:' + chapter.chapter_id)}; "
                   f"label={_q(chapter.chapter_id + ' — ' + chapter.title)}; fontname=\"Helvetica-Bold\"; "
                   f"fontsize=14; style=\"rounded\"; {outline};")
        for node in chapter.nodes:
            fill, shape, _ = KINDS.get(node.kind, UNKNOWN_KIND)
            style = 'style="filled,rounded"' if shape == "box" else 'style="filled"'
            flag = ', color="#d62728", penwidth=3, class="flagged"' if node.problems else ""
            tip = "; ".join(node.problems) or f"{node.kind} · {node.where} (click to copy)"
            head = node.step_id + (f" · {node.speaker}" if node.speaker else "")
            label = _q("\n".join(part for part in (head, node.words, node.words_ko, node.where) if part))
            out.append(f"    {_q(node.key)} [id={_q('step:' + node.key)}, label={label}, "
                       f"shape={shape}, fillcolor={_q(fill)}, {style}, tooltip={_q(tip)}{flag}];")
        out.append("  }")
    for edge in story_map.edges:
        label = f" [label={_q(edge.label)}]" if edge.label else ""
        cross = edge.source.split(".", 1)[0] != edge.target.split(".", 1)[0]
        if cross:
            label = label[:-1] + ', style="dashed", constraint=false]' if label else ' [style="dashed"]'
        out.append(f"  {_q(edge.source)} -> {_q(edge.target)}{label};")
    out.append("}")
    return "\n".join(out)


def svg_with_dot(story_map: StoryMap, dot: str) -> str:
    """Lay the graph out with Graphviz; returns the bare <svg> element."""
    done = subprocess.run([dot, "-Tsvg"], input=dot_source(story_map), capture_output=True, text=True,
                          check=True, timeout=120)
    svg = done.stdout
    return svg[svg.index("<svg"):]


# -- pure-Python fallback ----------------------------------------------------------------------------

COL_W, NODE_W, NODE_H, ROW_H, TOP, LEFT = 300.0, 220.0, 62.0, 76.0, 70.0, 30.0


def svg_fallback(story_map: StoryMap) -> str:
    """A simple layout without Graphviz: chapters as columns, steps as rows in story order, edges as curves."""
    where: dict[str, tuple[float, float]] = {}
    rows = max((len(c.nodes) for c in story_map.chapters), default=0)
    width = LEFT * 2 + COL_W * len(story_map.chapters)
    height = TOP + rows * ROW_H + 40
    parts: list[str] = []
    for col, chapter in enumerate(story_map.chapters):
        x = LEFT + col * COL_W
        outline = 'stroke="#d62728" stroke-width="3"' if chapter.problems else 'stroke="#9aa5b1"'
        parts.append(f'<g id="{html.escape("chapter:" + chapter.chapter_id)}" class="cluster">'
                     f'<rect x="{x - 10}" y="{TOP - 50}" width="{NODE_W + 20}" '
                     f'height="{len(chapter.nodes) * ROW_H + 56}" rx="12" fill="none" {outline}/>'
                     f'<text x="{x + NODE_W / 2}" y="{TOP - 28}" text-anchor="middle" font-weight="bold" '
                     f'font-size="14">{html.escape(chapter.chapter_id)}</text>'
                     f'<text x="{x + NODE_W / 2}" y="{TOP - 12}" text-anchor="middle" font-size="10" '
                     f'fill="#555">{html.escape(_words(chapter.title, 6))}</text></g>')
        for row, node in enumerate(chapter.nodes):
            where[node.key] = (x, TOP + row * ROW_H)
    merged: dict[tuple[str, str], list[str]] = {}  # several options to the same step: one arrow, labels joined
    for edge in story_map.edges:
        labels = merged.setdefault((edge.source, edge.target), [])
        if edge.label:
            labels.append(edge.label)
    edge_parts: list[str] = []
    for (source, target), labels in merged.items():
        label = ", ".join(labels)
        (x1, y1), (x2, y2) = where[source], where[target]
        if x1 == x2 and y2 == y1 + ROW_H:  # the next row: a short straight arrow
            sx, sy, tx, ty = x1 + NODE_W / 2, y1 + NODE_H, x2 + NODE_W / 2, y2
            d = f"M{sx},{sy} L{tx},{ty - 2}"
            lx, ly = sx + 6, (sy + ty) / 2 + 3
        elif x1 == x2:  # same chapter, a jump: bulge out to the right, further for longer jumps
            sx, sy, tx, ty = x1 + NODE_W, y1 + NODE_H / 2, x2 + NODE_W, y2 + NODE_H / 2
            bulge = min(28 + abs(y2 - y1) / 8, 70)
            d = f"M{sx},{sy} C{sx + bulge},{sy} {tx + bulge},{ty} {tx + 2},{ty}"
            lx, ly = sx + bulge * 0.75 + 2, (sy + ty) / 2
        else:  # to another chapter: from the right side to the left side
            sx, sy, tx, ty = x1 + NODE_W, y1 + NODE_H / 2, x2, y2 + NODE_H / 2
            d = f"M{sx},{sy} C{sx + 60},{sy} {tx - 60},{ty} {tx - 2},{ty}"
            lx, ly = (sx + tx) / 2, (sy + ty) / 2 - 4
        dash = ' stroke-dasharray="5,4"' if x1 != x2 else ""
        edge_parts.append(f'<g class="edge"><path d="{d}" fill="none" stroke="#6b7380" stroke-width="1.2"{dash} '
                          f'marker-end="url(#arrow)"/>')
        if label:
            edge_parts.append(f'<text x="{lx}" y="{ly}" font-size="9" fill="#333" class="edge-label">'
                              f"{html.escape(label)}</text>")
        edge_parts.append("</g>")
    node_parts: list[str] = []
    for chapter in story_map.chapters:
        for node in chapter.nodes:
            x, y = where[node.key]
            fill = KINDS.get(node.kind, UNKNOWN_KIND)[0]
            flagged = bool(node.problems)
            stroke = 'stroke="#d62728" stroke-width="3"' if flagged else 'stroke="#5a6270" stroke-width="1"'
            rx = 12 if node.kind == "line" else 3
            tip = "; ".join(node.problems) or f"{node.where} (click to copy)"
            head = node.step_id + (f" · {node.speaker}" if node.speaker else "")
            node_parts.append(
                f'<g id="{html.escape("step:" + node.key)}" class="node{" flagged" if flagged else ""}">'
                f"<title>{html.escape(node.key + ' (' + node.kind + '): ' + tip)}</title>"
                f'<rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" rx="{rx}" fill="{fill}" {stroke}/>'
                f'<text x="{x + 8}" y="{y + 14}" font-size="11" font-weight="bold">{html.escape(head)}'
                f'<tspan font-weight="normal" fill="#666" font-size="9"> · {html.escape(node.kind)}</tspan></text>'
                f'<text x="{x + 8}" y="{y + 27}" font-size="10" fill="#333">{html.escape(node.words)}</text>'
                f'<text x="{x + 8}" y="{y + 40}" font-size="10" fill="#333">{html.escape(node.words_ko)}</text>'
                f'<text x="{x + 8}" y="{y + 54}" font-size="9" fill="#777">{html.escape(node.where)}</text></g>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif">'
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7380"/></marker></defs>'
            + "".join(parts) + "".join(edge_parts) + "".join(node_parts) + "</svg>")


# -- the page ------------------------------------------------------------------------------------------


def map_html(story_map: StoryMap, svg: str, how: str) -> str:
    """One self-contained page: title, legend, the list of problems and the graph."""
    legend = "".join(f'<li><span class="swatch" style="background:{fill}"></span>{html.escape(name)}</li>'
                     for fill, _shape, name in KINDS.values())
    legend += ('<li><span class="swatch flag"></span>red outline: unreachable step, dead end or a loop the player '
               'cannot leave</li>')
    issues = "".join(f"<li><code>{html.escape(Path(d.pos.file).name)}:{d.pos.line}</code> "
                     f"{html.escape(d.code)}: {html.escape(d.message)}</li>" for d in story_map.issues)
    problems = (f"<h2>{len(story_map.issues)} problem(s) highlighted</h2><ul class=issues>{issues}</ul>"
                if issues else "<p>No unreachable steps, dead ends or loops the player cannot leave.</p>")
    steps = sum(len(c.nodes) for c in story_map.chapters)
    title = html.escape(story_map.title)
    info = {f"step:{n.key}": {"where": n.where, "text": n.search_text}
            for c in story_map.chapters for n in c.nodes}
    data = json.dumps(info, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Story map · {title}</title>
<style>
body {{ font-family: Helvetica, Arial, sans-serif; margin: 16px; color: #222; }}
h1 {{ font-size: 20px; margin: 0 0 4px; }} h2 {{ font-size: 15px; margin: 8px 0 4px; color: #d62728; }}
.meta {{ color: #555; font-size: 13px; margin: 0 0 8px; }}
ul.legend {{ list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 6px 16px;
  font-size: 13px; }}
.swatch {{ display: inline-block; width: 14px; height: 14px; border: 1px solid #5a6270; border-radius: 3px;
  vertical-align: -2px; margin-right: 5px; }}
.swatch.flag {{ border: 3px solid #d62728; width: 10px; height: 10px; }}
ul.issues {{ font-size: 13px; margin: 0 0 8px; }}
.graph {{ overflow: auto; border: 1px solid #ccc; border-radius: 6px; background: #fbfbfb; height: 78vh; }}
.graph svg {{ display: block; transform-origin: 0 0; }}
.tools {{ display: flex; gap: 8px; align-items: center; margin: 0 0 8px; font-size: 14px; }}
.tools input {{ font-size: 15px; padding: 4px 8px; width: 24em; }}
.tools button {{ font-size: 15px; min-width: 2.4em; }}
g.node {{ cursor: pointer; }}
.searching g.node {{ opacity: 0.25; }} .searching g.node.match {{ opacity: 1; }}
g.node.match rect, g.node.match polygon, g.node.match ellipse, g.node.match path {{ stroke: #1f6feb;
  stroke-width: 4px; }}
#copied {{ position: fixed; bottom: 16px; right: 16px; background: #222; color: #fff; padding: 8px 12px;
  border-radius: 6px; font-size: 14px; display: none; }}
</style></head><body>
<h1>Story map · {title}</h1>
<p class="meta">{len(story_map.chapters)} chapters, {steps} steps, {len(story_map.edges)} jumps · laid out
{html.escape(how)} · dashed arrows go to another chapter · each step shows its id, speaker, first words in
English and Korean and where it is written; hover for problems</p>
<ul class="legend">{legend}</ul>
{problems}
<div class="tools"><label>Find <input id="find" type="search" placeholder="step id, speaker, words, file:line"
 autocomplete="off"></label><span id="found"></span>
<button id="zoom-out" title="zoom out (Ctrl+wheel)">−</button><button id="zoom-in" title="zoom in">+</button>
<button id="zoom-fit" title="fit the width">fit</button> click a step to copy its file:line</div>
<div class="graph" id="graph">{svg}</div>
<div id="copied"></div>
<script>
const INFO = {data};
const graph = document.getElementById("graph"), svg = graph.querySelector("svg");
const width = svg.getBoundingClientRect().width, height = svg.getBoundingClientRect().height;
let scale = 1;
function zoom(to) {{
  scale = Math.min(4, Math.max(0.1, to));
  svg.style.width = (width * scale) + "px"; svg.style.height = (height * scale) + "px";
}}
document.getElementById("zoom-in").onclick = () => zoom(scale * 1.25);
document.getElementById("zoom-out").onclick = () => zoom(scale / 1.25);
document.getElementById("zoom-fit").onclick = () => zoom(graph.clientWidth / width);
graph.addEventListener("wheel", (e) => {{
  if (e.ctrlKey) {{ e.preventDefault(); zoom(scale * (e.deltaY < 0 ? 1.1 : 0.9)); }}
}}, {{passive: false}});
const nodes = [...svg.querySelectorAll("g[id^='step:']")];
const find = document.getElementById("find");
function search() {{
  const words = find.value.trim().toLowerCase();
  svg.classList.toggle("searching", words !== "");
  let first = null, count = 0;
  for (const node of nodes) {{
    const hit = words !== "" && (INFO[node.id] || {{text: ""}}).text.includes(words);
    node.classList.toggle("match", hit);
    if (hit) {{ count += 1; first = first || node; }}
  }}
  document.getElementById("found").textContent = words ? count + " found" : "";
  if (first) first.scrollIntoView({{block: "center", inline: "center"}});
}}
find.addEventListener("input", search);
// story-map.html#find=meet-guide&zoom=0.5 opens searched and zoomed, e.g. from a link in a review
const asked = new URLSearchParams(location.hash.slice(1));
if (asked.get("zoom")) zoom(parseFloat(asked.get("zoom")));
if (asked.get("find")) {{ find.value = asked.get("find"); search(); }}
const toast = document.getElementById("copied");
for (const node of nodes) {{
  node.addEventListener("click", () => {{
    const where = (INFO[node.id] || {{}}).where;
    if (!where) return;
    const shown = () => {{ toast.textContent = "copied " + where; toast.style.display = "block";
      setTimeout(() => {{ toast.style.display = "none"; }}, 1500); }};
    if (navigator.clipboard) navigator.clipboard.writeText(where).then(shown, shown); else shown();
  }});
}}
</script>
</body></html>
"""


def write_story_map(story_dir: str | Path, out_dir: str | Path, use_dot: bool | None = None) -> tuple[Path, bool]:
    """Read the story, draw its map and write `out_dir/story-map.html`.

    `use_dot`: None uses Graphviz when `dot` is installed; False forces the pure-Python layout.
    Returns the page's path and whether Graphviz drew it. Raises ValueError when story.yaml is unusable.
    """
    project, diagnostics = read_project(story_dir)
    if project is None:
        raise ValueError("\n".join(d.format() for d in diagnostics) or "the story could not be read")
    story_map = build_map(project, diagnostics)
    dot = shutil.which("dot") if use_dot is not False else None
    if use_dot and dot is None:
        raise ValueError("Graphviz `dot` is not installed")
    svg = svg_with_dot(story_map, dot) if dot else svg_fallback(story_map)
    svg = re.sub(r"<!--.*?-->\s*", "", svg, flags=re.S)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    page = out / "story-map.html"
    page.write_text(map_html(story_map, svg, "with Graphviz dot" if dot else "in columns (Graphviz not installed)"),
                    encoding="utf-8")
    return page, dot is not None
