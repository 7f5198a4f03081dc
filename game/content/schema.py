"""Pydantic models (`*Spec`) of what writers put in the YAML files; frozen and strict about unknown keys."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
Target = Annotated[str, StringConstraints(pattern=r"^([a-z0-9][a-z0-9_-]*\.)?[a-z0-9][a-z0-9_-]*$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]
Expression = Annotated[str, StringConstraints(min_length=1)]
ScalarValue = StrictBool | StrictInt | str


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class TextSpec(_Spec):
    """A player-visible text, written in both languages."""

    ko: NonEmpty = Field(description="Korean text, in friendly 해요체", examples=["안녕하세요!"])
    en: NonEmpty = Field(description="English text", examples=["Hello!"])


class _StepSpec(_Spec):
    id: Id = Field(description="Stable id of this step, unique in the chapter (saves refer to it)")
    tags: list[Id] = Field(default_factory=list, description="Lesson topics this step teaches (see catalog.TAGS)")


class LineSpec(_StepSpec):
    """A line of dialogue or narration."""

    kind: Literal["line"]
    text: TextSpec
    speaker: Id | None = Field(None, description="A character id from story.yaml; leave out for narration")
    expression: Id | None = Field(None, description="The speaker's face: happy, sad, scared, calm, ...")
    background: Id | None = Field(None, description="Backdrop name; stays until another line changes it")


class OptionSpec(_Spec):
    """One option of a choice."""

    id: Id
    text: TextSpec
    target: Target | None = Field(None, description="Step to go to; leave out to continue with the next step")
    set: dict[str, ScalarValue] = Field(default_factory=dict, description="Variables to change")
    feedback: TextSpec | None = Field(None, description="Kind words shown after picking this option")
    condition: Expression | None = Field(None, alias="if", description="Only offer this option when true")


class ChoiceSpec(_StepSpec):
    """A choice between 2 to 4 options."""

    kind: Literal["choice"]
    prompt: TextSpec | None = None
    speaker: Id | None = None
    options: Annotated[list[OptionSpec], Field(min_length=2, max_length=4)]


class AnswerSpec(_Spec):
    """One quiz answer, with the explanation shown when it is picked."""

    id: Id
    text: TextSpec
    correct: StrictBool = False
    explanation: TextSpec


class QuizSpec(_StepSpec):
    """A quiz question with 2 to 4 answers; at least one is correct."""

    kind: Literal["quiz"]
    question: TextSpec
    speaker: Id | None = None
    answers: Annotated[list[AnswerSpec], Field(min_length=2, max_length=4)]
    points: Annotated[int, Field(ge=0, le=100)] = 1


class SetSpec(_StepSpec):
    """Change variables (numbers, true/false or an expression such as `courage + 1`)."""

    kind: Literal["set"]
    set: Annotated[dict[str, ScalarValue], Field(min_length=1)]


class IfSpec(_StepSpec):
    """Jump when a condition holds."""

    kind: Literal["if"]
    condition: Expression
    target: Target
    otherwise: Target | None = Field(None, alias="else")


class GotoSpec(_StepSpec):
    """Jump to another step."""

    kind: Literal["goto"]
    target: Target


class AwardSpec(_StepSpec):
    """Give a badge or a time piece (exactly one of the two)."""

    kind: Literal["award"]
    badge: Id | None = None
    time_piece: Id | None = None
    text: TextSpec | None = None


class MinigameSpec(_StepSpec):
    """Play a mini-game; each result name can lead to its own step."""

    kind: Literal["minigame"]
    name: Id
    params: dict[str, ScalarValue] = Field(default_factory=dict)
    results: dict[str, Target] = Field(default_factory=dict)


class ChapterEndSpec(_StepSpec):
    """End the chapter: show its outro, then start `next` (default: the next chapter in story.yaml)."""

    kind: Literal["chapter_end"]
    next: Id | None = None


class EndingSpec(_StepSpec):
    """An ending of the whole story."""

    kind: Literal["ending"]
    title: TextSpec
    text: TextSpec


StepSpec = Annotated[
    LineSpec | ChoiceSpec | QuizSpec | SetSpec | IfSpec | GotoSpec | AwardSpec | MinigameSpec
    | ChapterEndSpec | EndingSpec,
    Field(discriminator="kind"),
]


class ChapterSpec(_Spec):
    """One chapter file."""

    id: Id
    title: TextSpec
    intro: TextSpec = Field(description="Shown on the card before the first step")
    outro: TextSpec = Field(description="Shown on the card at chapter_end")
    content_note: TextSpec | None = Field(None, description="Gentle note shown before a sensitive chapter")
    discussion: list[TextSpec] = Field(default_factory=list, description="Prompts for teachers; not shown to children")
    summary: TextSpec | None = Field(None, description="What happens in the chapter, for the teacher guide")
    objectives: list[TextSpec] = Field(default_factory=list,
                                       description="What children learn here, for the teacher guide")
    steps: Annotated[list[StepSpec], Field(min_length=1)]


class CharacterSpec(_Spec):
    """A speaker."""

    name: TextSpec
    color: Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")] = "#f2b880"


class PrizeSpec(_Spec):
    """A badge or a time piece."""

    name: TextSpec


class CheckAnswerSpec(_Spec):
    """One answer of a pre/post check question."""

    id: Id
    text: TextSpec
    correct: StrictBool = False


class CheckSpec(_Spec):
    """A question asked before the prologue and again at the finale, to see what the class learned."""

    id: Id
    question: TextSpec
    answers: Annotated[list[CheckAnswerSpec], Field(min_length=2, max_length=4)]


class StorySpec(_Spec):
    """story.yaml: the story's title, chapter order, characters, variables and prizes."""

    title: TextSpec
    chapters: Annotated[list[Id], Field(min_length=1)]
    start: Id | None = Field(None, description="First chapter (default: the first one listed)")
    region: str = Field("ko-KR", description="Region whose helplines fill {report}, {talk}, ... by default")
    characters: dict[str, CharacterSpec] = Field(default_factory=dict)
    variables: dict[str, ScalarValue] = Field(default_factory=dict)
    badges: dict[str, PrizeSpec] = Field(default_factory=dict)
    time_pieces: dict[str, PrizeSpec] = Field(default_factory=dict)
    check: Annotated[list[CheckSpec], Field(max_length=6)] = Field(
        default_factory=list, description="4-6 questions asked before the prologue and at the finale (anonymous)")


# -- mini-game content (story/minigames.yaml) ---------------------------------------------


class MinigameItemSpec(_Spec):
    """A card, person, clue or answer inside a mini-game; `group` says where it belongs."""

    id: Id
    text: TextSpec
    group: Id = Field(description="The right bin/answer for this item; each game lists the groups it knows")
    feedback: TextSpec = Field(description="Kind words shown after the player places or picks this item")
    icon: Id | None = Field(None, description="Which drawing the game uses for this item")
    at: Annotated[list[int], Field(min_length=2, max_length=2)] | None = Field(
        None, description="[x, y] on the 1280x720 screen, for games that place items in a picture")


class MinigameQuestionSpec(_Spec):
    """A question with answer items (groups `right` or `wrong`), for games that ask in order."""

    id: Id
    prompt: TextSpec
    items: Annotated[list[MinigameItemSpec], Field(min_length=2, max_length=4)]


class MinigamePoolSpec(_Spec):
    """One set of content a mini-game step can pick with `params: {pool: NAME}`."""

    title: TextSpec
    instructions: TextSpec
    items: list[MinigameItemSpec] = Field(default_factory=list)
    questions: list[MinigameQuestionSpec] = Field(default_factory=list)


class MinigamesSpec(RootModel[dict[Id, dict[Id, MinigamePoolSpec]]]):
    """story/minigames.yaml: game name → pool name → pool."""


# -- regions (story/regions/*.yaml) -----------------------------------------------------------


class PhoneNumberSpec(_Spec):
    """A number children can call or text, with where the fact comes from."""

    number: Annotated[str, StringConstraints(pattern=r"^[0-9][0-9 -]*[0-9]$")]
    name: TextSpec
    note: TextSpec | None = None
    source: str = Field(description="Where the brief says this number comes from")
    uncertain: StrictBool = Field(False, description="True where the brief marks the fact [UNCERTAIN]")


class RegionSpec(_Spec):
    """The helplines of one region; story texts use them as {report}, {emergency}, {talk} and {talk.name}."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Z]{2})?$|^EU$")]
    name: TextSpec
    numbers: dict[Id, PhoneNumberSpec]
