"""`python -m game build`: check and compile the story, stage the app, subset fonts, run pygbag offline."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.content.compile import load_story_dir
from game.webbuild import fonts, stage, template
from game.webbuild.defaults import APP_NAME, DEFAULT_CDN

ROOT = stage.ROOT
ARCHIVE = f"{APP_NAME}.tar.gz"  # build/template.html downloads and unpacks this (as pygbag 0.9.3's default.tmpl)
PUBLISHED = ("index.html", "favicon.png", ARCHIVE)


class BuildError(Exception):
    """A build stage failed; the message says which and why."""


@dataclass
class BuildReport:
    """What the build produced, with sizes in bytes."""

    out: Path
    files: dict[str, int] = field(default_factory=dict)
    fonts: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def payload(self) -> int:
        """Bytes a browser downloads from this site: every file of the web folder (the runtime comes from the CDN)."""
        return sum(self.files.values())


def build(story_dir: Path, out: Path, lang: str = "ko", cdn: str = DEFAULT_CDN,
          say: Callable[[str], None] = print, work: Path | None = None, index: str | None = None) -> BuildReport:
    """Run every stage, printing progress with `say`.

    `cdn` is the runtime's version folder and `index` the package index (by default the folder above `cdn`,
    as on the public CDN); a school mirror gives its own address for both.

    Raises:
        ContentError: the story has mistakes (file:line:col diagnostics).
        BuildError: staging or pygbag failed.
    """
    work = work or ROOT / "build" / "stage"
    app_dir = work / APP_NAME
    try:  # a wrong --cdn or --index fails before the slow stages
        template.content_security_policy(cdn, index or template.package_index_for(cdn))
    except ValueError as exc:
        raise BuildError(str(exc)) from exc
    say("1/5 checking and compiling the story ...")
    story = load_story_dir(story_dir)
    say("2/5 staging the app folder ...")
    stage.stage(story, app_dir)
    say("3/5 subsetting fonts ...")
    characters = fonts.characters_in_bundle(app_dir / "story.json") | fonts.characters_in_sources(app_dir)
    font_sizes = fonts.subset_fonts([ROOT / "assets" / "fonts" / f for f in stage.FONT_FILES],
                                    app_dir / "assets" / "fonts", characters)
    say("4/5 packing with pygbag (offline, our template, no optimiser) ...")
    page = work / "index.tmpl"
    page.write_text(template.render(story, lang, cdn, index=index), encoding="utf-8")
    icon = work / "favicon.png"
    _draw_icon(icon)
    _run_pygbag(app_dir, page, icon, cdn, story.title.get(lang))
    say("5/5 writing the web folder ...")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    # Only what the page loads: pygbag also writes the same files as a zip (.apk) for itch.io, which this
    # page never fetches.
    for name in PUBLISHED:
        shutil.copyfile(app_dir / "build" / "web" / name, out / name)
    report = BuildReport(out, {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.is_file()}, font_sizes)
    return report


def _run_pygbag(app_dir: Path, page: Path, icon: Path, cdn: str, title: str) -> None:
    command = [sys.executable, "-m", "pygbag", "--build", "--no_opt", "--template", str(page), "--icon", str(icon),
               "--cdn", cdn, "--title", title, "--app_name", APP_NAME, "--ume_block", "1", str(app_dir)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=app_dir, check=False, timeout=600)
    web = app_dir / "build" / "web"
    if result.returncode != 0 or not all((web / name).exists() for name in PUBLISHED):
        tail = (result.stdout + result.stderr)[-3000:]
        raise BuildError(f"pygbag did not produce build/web (exit {result.returncode}):\n{tail}")


def _draw_icon(path: Path) -> None:
    """The page icon: the game's golden clock, drawn by the project (64×64 PNG)."""
    image = pygame.Surface((64, 64), pygame.SRCALPHA)
    pygame.draw.circle(image, (214, 160, 60), (32, 32), 31)
    pygame.draw.circle(image, (255, 240, 200), (32, 32), 25)
    pygame.draw.line(image, (90, 60, 40), (32, 32), (32, 13), 5)
    pygame.draw.line(image, (90, 60, 40), (32, 32), (45, 38), 5)
    pygame.draw.circle(image, (90, 60, 40), (32, 32), 4)
    pygame.image.save(image, str(path))


def format_report(report: BuildReport) -> str:
    """A table of the payload, with font sizes before and after subsetting and the 1 MB budget."""
    lines = [f"web build in {report.out}:"]
    lines += [f"  {name:<28}{size:>12,} bytes" for name, size in report.files.items()]
    for name, (before, after) in report.fonts.items():
        lines.append(f"  font {name:<23}{before:>12,} → {after:,} bytes ({after / before:.1%})")
    budget = 1_000_000
    lines.append(f"  payload (all of the above)  {report.payload:>12,} bytes = {report.payload / budget:.0%} of 1.0 MB")
    return "\n".join(lines)
