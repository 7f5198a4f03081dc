"""Immutable runtime model of a compiled story: chapters, steps and lookups by id."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["ko", "en"]
LANGS: tuple[Lang, ...] = ("ko", "en")
Value = bool | int | str


@dataclass(frozen=True, order=True)
class SourcePos:
    """A 1-based position in an authored file, kept so runtime errors can cite the YAML."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Text:
    """One player-visible text in every supported language."""

    ko: str
    en: str

    def get(self, lang: str) -> str:
        """Return the text in `lang`, falling back to Korean for an unknown language."""
        return self.en if lang == "en" else self.ko


@dataclass(frozen=True)
class Character:
    """A speaker: display name and the colour their portrait is drawn in."""

    id: str
    name: Text
    color: str


@dataclass(frozen=True)
class Prize:
    """A badge or a time piece a step can award."""

    id: str
    name: Text


@dataclass(frozen=True)
class Step:
    """Fields every step has; `next` is the full id of the step that follows in the list."""

    id: str
    chapter: str
    pos: SourcePos
    next: str | None
    tags: tuple[str, ...] = field(default=(), kw_only=True)


@dataclass(frozen=True)
class LineStep(Step):
    """A line of dialogue or narration."""

    text: Text
    speaker: str | None = None
    expression: str | None = None
    background: str | None = None
    kind: Literal["line"] = "line"


@dataclass(frozen=True)
class Option:
    """One choice option; `target` is a full step id."""

    id: str
    text: Text
    target: str
    effects: dict[str, Value] = field(default_factory=dict)
    feedback: Text | None = None
    condition: str | None = None


@dataclass(frozen=True)
class ChoiceStep(Step):
    """A question with options, each leading somewhere."""

    options: tuple[Option, ...]
    prompt: Text | None = None
    speaker: str | None = None
    kind: Literal["choice"] = "choice"


@dataclass(frozen=True)
class Answer:
    """One quiz answer with the explanation shown when it is picked."""

    id: str
    text: Text
    correct: bool
    explanation: Text


@dataclass(frozen=True)
class QuizStep(Step):
    """A quiz question; wrong answers explain and let the player try again."""

    question: Text
    answers: tuple[Answer, ...]
    points: int = 1
    speaker: str | None = None
    shuffle: bool = True  # False: answers keep the written order instead of each game's own order
    kind: Literal["quiz"] = "quiz"


@dataclass(frozen=True)
class SetStep(Step):
    """Assign variables; invisible to the player."""

    effects: dict[str, Value]
    kind: Literal["set"] = "set"


@dataclass(frozen=True)
class IfStep(Step):
    """Jump to `target` when `condition` holds, else to `otherwise` (default: the next step)."""

    condition: str
    target: str
    otherwise: str | None = None
    kind: Literal["if"] = "if"


@dataclass(frozen=True)
class GotoStep(Step):
    """Jump to another step."""

    target: str
    kind: Literal["goto"] = "goto"


@dataclass(frozen=True)
class AwardStep(Step):
    """Give the player a badge or a time piece and show it."""

    prize_kind: Literal["badge", "time_piece"]
    prize: str
    text: Text | None = None
    kind: Literal["award"] = "award"


@dataclass(frozen=True)
class MinigameStep(Step):
    """Hand over to a mini-game; its result string picks the target."""

    name: str
    params: dict[str, Value] = field(default_factory=dict)
    results: dict[str, str] = field(default_factory=dict)
    kind: Literal["minigame"] = "minigame"


@dataclass(frozen=True)
class ChapterEndStep(Step):
    """Close the chapter with its outro and move on to `next_chapter`."""

    next_chapter: str | None = None
    kind: Literal["chapter_end"] = "chapter_end"


@dataclass(frozen=True)
class EndingStep(Step):
    """An ending of the whole story."""

    title: Text
    text: Text
    kind: Literal["ending"] = "ending"


AnyStep = (
    LineStep
    | ChoiceStep
    | QuizStep
    | SetStep
    | IfStep
    | GotoStep
    | AwardStep
    | MinigameStep
    | ChapterEndStep
    | EndingStep
)
STEP_CLASSES: dict[str, type[Step]] = {
    "line": LineStep,
    "choice": ChoiceStep,
    "quiz": QuizStep,
    "set": SetStep,
    "if": IfStep,
    "goto": GotoStep,
    "award": AwardStep,
    "minigame": MinigameStep,
    "chapter_end": ChapterEndStep,
    "ending": EndingStep,
}
VISIBLE_KINDS = frozenset({"line", "choice", "quiz", "award", "minigame", "chapter_end", "ending"})


@dataclass(frozen=True)
class MinigameItem:
    """A card, person, clue or answer in a mini-game; `group` is where it belongs."""

    id: str
    text: Text
    group: str
    feedback: Text
    icon: str | None = None
    at: tuple[int, ...] | None = None


@dataclass(frozen=True)
class MinigameQuestion:
    """A question asked in order, with answer items grouped `right` or `wrong`."""

    id: str
    prompt: Text
    items: tuple[MinigameItem, ...]


@dataclass(frozen=True)
class MinigamePool:
    """The content one mini-game step plays with."""

    title: Text
    instructions: Text
    items: tuple[MinigameItem, ...] = ()
    questions: tuple[MinigameQuestion, ...] = ()


@dataclass(frozen=True)
class PhoneNumber:
    """A help channel of a region: its number (None where there is no single one, e.g. US state CPS) and name."""

    number: str | None
    name: Text
    note: Text | None = None
    asks_service: bool = False  # the call-taker first asks which service (999, 000, 112 in Europe)
    uncertain: bool = False  # the brief marks this fact [UNCERTAIN]: the guide says to check it locally


@dataclass(frozen=True)
class Region:
    """The help channels of one region, by purpose (danger, talk, report, emergency)."""

    id: str
    name: Text
    numbers: dict[str, PhoneNumber]


@dataclass(frozen=True)
class CheckAnswer:
    """An answer of a check question."""

    id: str
    text: Text
    correct: bool


@dataclass(frozen=True)
class CheckQuestion:
    """A question of the pre/post check (no feedback: it measures what children know)."""

    id: str
    question: Text
    answers: tuple[CheckAnswer, ...]


@dataclass(frozen=True)
class TeacherNote:
    """A note for adults in the teacher guide (never on screen); `region` limits it to one region's guide."""

    text: Text
    region: str | None = None


@dataclass(frozen=True)
class Chapter:
    """A chapter: its cards, class questions, teacher notes and ordered steps."""

    id: str
    title: Text
    intro: Text
    outro: Text
    steps: tuple[AnyStep, ...]
    content_note: Text | None = None
    discussion: tuple[Text, ...] = ()  # questions for the class, child-facing (classroom mode shows them)
    pos: SourcePos = SourcePos("", 0, 0)
    summary: Text | None = None  # for the teacher guide
    objectives: tuple[Text, ...] = ()  # for the teacher guide
    teacher_notes: tuple[TeacherNote, ...] = ()  # for the teacher guide only

    @property
    def first_step(self) -> str:
        """Full id of the chapter's first step."""
        return self.steps[0].id


@dataclass(frozen=True)
class Story:
    """The whole compiled story; never changes while the game runs."""

    FORMAT_VERSION = 2

    title: Text
    start: str
    chapters: tuple[Chapter, ...]
    characters: dict[str, Character] = field(default_factory=dict)
    variables: dict[str, Value] = field(default_factory=dict)
    badges: dict[str, Prize] = field(default_factory=dict)
    time_pieces: dict[str, Prize] = field(default_factory=dict)
    minigames: dict[str, dict[str, MinigamePool]] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    default_region: str = "ko-KR"
    check: tuple[CheckQuestion, ...] = ()

    def __post_init__(self) -> None:
        # Lookups are derived, not stored, so the bundle holds each fact once.
        steps = {step.id: step for chapter in self.chapters for step in chapter.steps}
        object.__setattr__(self, "_steps", steps)
        object.__setattr__(self, "_chapters", {c.id: c for c in self.chapters})

    def step(self, step_id: str) -> AnyStep:
        """Return the step with full id `step_id`; raises KeyError if unknown."""
        found: dict[str, AnyStep] = self._steps  # type: ignore[attr-defined]
        return found[step_id]

    def has_step(self, step_id: str) -> bool:
        """Whether a step with this full id exists."""
        return step_id in self._steps  # type: ignore[attr-defined]

    def chapter(self, chapter_id: str) -> Chapter:
        """Return the chapter with this id; raises KeyError if unknown."""
        found: dict[str, Chapter] = self._chapters  # type: ignore[attr-defined]
        return found[chapter_id]

    def next_chapter_after(self, chapter_id: str) -> str | None:
        """The id of the chapter listed after `chapter_id`, or None for the last one."""
        ids = [c.id for c in self.chapters]
        index = ids.index(chapter_id)
        return ids[index + 1] if index + 1 < len(ids) else None
