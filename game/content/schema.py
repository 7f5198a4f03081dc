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


class TeacherNoteSpec(TextSpec):
    """A note for adults only: printed in the teacher guide, never shown on screen."""

    region: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Z]{2})?$|^EU$")] | None = Field(
        None, description="Only in this region's guide, e.g. ko-KR for a note about Korean law; leave out for all",
        examples=["ko-KR"])


class _StepSpec(_Spec):
    id: Id = Field(description="Stable id of this step, unique in the chapter (saves refer to it)")
    tags: list[Id] = Field(default_factory=list, description="Lesson topics this step teaches (see catalog.TAGS)")
    allow: list[Id] = Field(default_factory=list, description="Warning codes to silence on this step only, "
                            "e.g. [reading-level, line-too-long]; for the checker only, the game ignores it")


class LineSpec(_StepSpec):
    """A line of dialogue or narration."""

    kind: Literal["line"] = Field(description="Write `line` for a line of dialogue or narration")
    text: TextSpec = Field(description="What the speaker says, or the narration")
    speaker: Id | None = Field(None, description="A character id from story.yaml; leave out for narration")
    expression: Id | None = Field(None, description="The speaker's face: happy, sad, scared, calm, ...")
    background: Id | None = Field(None, description="Backdrop name; stays until another line changes it")


class OptionSpec(_Spec):
    """One option of a choice."""

    id: Id = Field(description="Stable id of this option, unique in the choice", examples=["tell-teacher"])
    text: TextSpec = Field(description="The words on the option button")
    target: Target | None = Field(None, description="Step to go to; leave out to continue with the next step")
    set: dict[str, ScalarValue] = Field(default_factory=dict, description="Variables to change")
    feedback: TextSpec | None = Field(None, description="Kind words shown after picking this option")
    condition: Expression | None = Field(None, alias="if", description="Only offer this option when true")


class ChoiceSpec(_StepSpec):
    """A choice between 2 to 4 options."""

    kind: Literal["choice"] = Field(description="Write `choice` to let the player pick one of 2 to 4 options")
    prompt: TextSpec | None = Field(None, description="The question shown above the options")
    speaker: Id | None = Field(None, description="A character id from story.yaml who asks; leave out for narration")
    options: Annotated[list[OptionSpec], Field(min_length=2, max_length=4,
                                               description="The 2 to 4 options the player can pick from")]


class AnswerSpec(_Spec):
    """One quiz answer, with the explanation shown when it is picked."""

    id: Id = Field(description="Stable id of this answer, unique in the quiz", examples=["call-112"])
    text: TextSpec = Field(description="The words on the answer button")
    correct: StrictBool = Field(False, description="true for a right answer; leave out for a wrong one")
    explanation: TextSpec = Field(description="Kind words explaining why this answer is right or not")


class QuizSpec(_StepSpec):
    """A quiz question with 2 to 4 answers; at least one is correct."""

    kind: Literal["quiz"] = Field(description="Write `quiz` for a question with right and wrong answers")
    question: TextSpec = Field(description="The question the player answers")
    speaker: Id | None = Field(None, description="A character id from story.yaml who asks; leave out for narration")
    answers: Annotated[list[AnswerSpec], Field(min_length=2, max_length=4,
                                               description="The 2 to 4 answers; at least one is correct")]
    points: Annotated[int, Field(ge=0, le=100)] = Field(1, description="Points for a right answer (0 to 100)")
    shuffle: StrictBool = Field(True, description="false keeps the answers in the written order (e.g. 'all of "
                                                  "the above' last); otherwise each game shuffles them")


class SetSpec(_StepSpec):
    """Change variables (numbers, true/false or an expression such as `courage + 1`)."""

    kind: Literal["set"] = Field(description="Write `set` to change variables without showing anything")
    set: Annotated[dict[str, ScalarValue], Field(min_length=1)] = Field(
        description="Variable name → new value: a number, true/false, 'text' or an expression",
        examples=[{"courage": "courage + 1"}])


class IfSpec(_StepSpec):
    """Jump when a condition holds."""

    kind: Literal["if"] = Field(description="Write `if` to jump only when a condition holds")
    condition: Expression = Field(description="A condition such as `courage >= 2 and not met_owl`",
                                  examples=["courage >= 2"])
    target: Target = Field(description="Step to go to when the condition is true (`step` or `chapter.step`)")
    otherwise: Target | None = Field(None, alias="else",
                                     description="Step to go to when it is false; leave out to go on to the next step")


class GotoSpec(_StepSpec):
    """Jump to another step."""

    kind: Literal["goto"] = Field(description="Write `goto` to jump to another step")
    target: Target = Field(description="Step to go to (`step` in this chapter or `chapter.step`)")


class AwardSpec(_StepSpec):
    """Give a badge or a time piece (exactly one of the two)."""

    kind: Literal["award"] = Field(description="Write `award` to give the player a badge or a time piece")
    badge: Id | None = Field(None, description="A badge id from story.yaml (give a badge or a time piece, not both)")
    time_piece: Id | None = Field(None, description="A time piece id from story.yaml (or a badge, not both)")
    text: TextSpec | None = Field(None, description="Words shown with the prize")


class MinigameSpec(_StepSpec):
    """Play a mini-game; each result name can lead to its own step."""

    kind: Literal["minigame"] = Field(description="Write `minigame` to play a mini-game")
    name: Id = Field(description="Which mini-game to play", examples=["spot-the-signs"])
    params: dict[str, ScalarValue] = Field(default_factory=dict,
                                           description="Settings for the game, such as `pool: NAME` for its content")
    results: dict[str, Target] = Field(
        default_factory=dict, description="Result name → step to go to; results left out go on to the next step")


class ChapterEndSpec(_StepSpec):
    """End the chapter: show its outro, then start `next` (default: the next chapter in story.yaml)."""

    kind: Literal["chapter_end"] = Field(description="Write `chapter_end` to finish the chapter")
    next: Id | None = Field(None, description="Chapter to start next (default: the next one in story.yaml)")


class EndingSpec(_StepSpec):
    """An ending of the whole story."""

    kind: Literal["ending"] = Field(description="Write `ending` to end the whole story")
    title: TextSpec = Field(description="The name of this ending")
    text: TextSpec = Field(description="The last words the player reads")


StepSpec = Annotated[
    LineSpec | ChoiceSpec | QuizSpec | SetSpec | IfSpec | GotoSpec | AwardSpec | MinigameSpec
    | ChapterEndSpec | EndingSpec,
    Field(discriminator="kind"),
]


class ChapterSpec(_Spec):
    """One chapter file."""

    id: Id = Field(description="Stable id of the chapter, as listed in story.yaml", examples=["prologue"])
    title: TextSpec = Field(description="The chapter's name, shown on its card and on the map")
    intro: TextSpec = Field(description="Shown on the card before the first step")
    outro: TextSpec = Field(description="Shown on the card at chapter_end")
    content_note: TextSpec | None = Field(None, description="Gentle note shown before a sensitive chapter")
    discussion: list[TextSpec] = Field(
        default_factory=list, description="Questions for the class, in words for children: shown on screen after the "
        "chapter in classroom mode (and in the guide). Never adult notes: those go in `teacher_notes`")
    teacher_notes: list[TeacherNoteSpec] = Field(
        default_factory=list, description="Notes for adults only (what to stress, how to respond, the law): printed "
        "in the teacher guide, never shown to children")
    summary: TextSpec | None = Field(None, description="What happens in the chapter, for the teacher guide")
    objectives: list[TextSpec] = Field(default_factory=list,
                                       description="What children learn here, for the teacher guide")
    steps: Annotated[list[StepSpec], Field(min_length=1)] = Field(
        description="What happens, in order; each step has an `id` and a `kind`")


class CharacterSpec(_Spec):
    """A speaker."""

    name: TextSpec = Field(description="The name shown above the character's lines")
    color: Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")] = Field(
        "#f2b880", description="Colour of the name, as #rrggbb", examples=["#f2b880"])


class PrizeSpec(_Spec):
    """A badge or a time piece."""

    name: TextSpec = Field(description="The prize's name, shown when it is given and in the collection")


class CheckAnswerSpec(_Spec):
    """One answer of a pre/post check question."""

    id: Id = Field(description="Stable id of this answer, unique in the question")
    text: TextSpec = Field(description="The words on the answer button")
    correct: StrictBool = Field(False, description="true for the right answer; leave out for a wrong one")


class CheckSpec(_Spec):
    """A question asked before the prologue and again at the finale, to see what the class learned."""

    id: Id = Field(description="Stable id of this question")
    question: TextSpec = Field(description="The question the class answers")
    answers: Annotated[list[CheckAnswerSpec], Field(min_length=2, max_length=4,
                                                    description="The 2 to 4 answers; one is right")]


class StorySpec(_Spec):
    """story.yaml: the story's title, chapter order, characters, variables and prizes."""

    title: TextSpec = Field(description="The story's name, shown on the title screen")
    chapters: Annotated[list[Id], Field(min_length=1)] = Field(
        description="Chapter ids in the order children play them", examples=[["prologue", "finale"]])
    start: Id | None = Field(None, description="First chapter (default: the first one listed)")
    region: str = Field("ko-KR", description="Region whose helplines fill {report}, {talk}, ... by default")
    characters: dict[str, CharacterSpec] = Field(default_factory=dict,
                                                 description="Character id → the speaker's name and colour")
    variables: dict[str, ScalarValue] = Field(default_factory=dict,
                                              description="Variable name → starting value (number, true/false, text)")
    badges: dict[str, PrizeSpec] = Field(default_factory=dict, description="Badge id → the badge's name")
    time_pieces: dict[str, PrizeSpec] = Field(default_factory=dict, description="Time piece id → its name")
    check: Annotated[list[CheckSpec], Field(max_length=6)] = Field(
        default_factory=list, description="4-6 questions asked before the prologue and at the finale (anonymous)")


# -- mini-game content (story/minigames.yaml) ---------------------------------------------


class MinigameItemSpec(_Spec):
    """A card, person, clue or answer inside a mini-game; `group` says where it belongs."""

    id: Id = Field(description="Stable id of this item, unique in the pool")
    text: TextSpec = Field(description="The words on the card, person, clue or answer")
    group: Id = Field(description="The right bin/answer for this item; each game lists the groups it knows")
    feedback: TextSpec = Field(description="Kind words shown after the player places or picks this item")
    icon: Id | None = Field(None, description="Which drawing the game uses for this item")
    at: Annotated[list[int], Field(min_length=2, max_length=2)] | None = Field(
        None, description="[x, y] on the 1280x720 screen, for games that place items in a picture")


class MinigameQuestionSpec(_Spec):
    """A question with answer items (groups `right` or `wrong`), for games that ask in order."""

    id: Id = Field(description="Stable id of this question, unique in the pool")
    prompt: TextSpec = Field(description="The question shown to the player")
    items: Annotated[list[MinigameItemSpec], Field(min_length=2, max_length=4,
                                                   description="The 2 to 4 answers (group `right` or `wrong`)")]


class MinigamePoolSpec(_Spec):
    """One set of content a mini-game step can pick with `params: {pool: NAME}`."""

    title: TextSpec = Field(description="The mini-game's name, shown at its top")
    instructions: TextSpec = Field(description="How to play, shown before the game starts")
    items: list[MinigameItemSpec] = Field(default_factory=list,
                                          description="Cards, people or clues, for games that sort or find things")
    questions: list[MinigameQuestionSpec] = Field(default_factory=list,
                                                  description="Questions asked in order, for games that ask")


class MinigamesSpec(RootModel[dict[Id, dict[Id, MinigamePoolSpec]]]):
    """story/minigames.yaml: game name → pool name → pool."""


# -- regions (story/regions/*.yaml) -----------------------------------------------------------


class PhoneNumberSpec(_Spec):
    """A number children can call or text, with where the fact comes from."""

    number: Annotated[str, StringConstraints(pattern=r"^[0-9][0-9 -]*[0-9]$")] | None = Field(
        None, description="The number to call or text, digits with spaces or dashes; leave out only for `report` "
        "where the brief gives no single number (e.g. US state CPS): texts then show the name",
        examples=["112", "0800 1111"])
    name: TextSpec = Field(description="Who answers, e.g. the police or a children's helpline")
    note: TextSpec | None = Field(None, description="Extra help, e.g. a chat address; shown as {talk.note}")
    asks_service: StrictBool = Field(False, description="True where the call-taker first asks which service you "
                                     "need (999, 000, 112 in Europe); the practice call then asks it too")
    source: str = Field(description="Where the brief says this number comes from")
    uncertain: StrictBool = Field(False, description="True where the brief marks the fact [UNCERTAIN]")


class RegionSpec(_Spec):
    """The help channels of one region; story texts use them as {danger}, {talk}, {report}, {talk.name}, ...

    Each channel has one purpose, and a text must use the one that fits: `danger` for danger right now (the
    emergency number), `talk` where a child can talk to someone (the child helpline), `report` where abuse is
    reported (in Korea 112, which is also `danger`), and `emergency` for fire and ambulance.
    """

    id: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Z]{2})?$|^EU$")] = Field(
        description="Region id, the file's name: language-COUNTRY or EU", examples=["ko-KR", "en-GB"])
    name: TextSpec = Field(description="The region's name, shown in the settings")
    numbers: dict[Id, PhoneNumberSpec] = Field(
        description="Channel → number: danger, talk, report and emergency, used as {danger}, {talk}, {report}, "
        "{emergency}; every region needs all four")
