"""`StoryRunner`: the turn API that moves a `PlayState` through a `Story`; never draws or reads input."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from game import conditions
from game.answer_order import answer_order
from game.state import PlayState, QuizRecord, StateError, Value
from game.story import (
    VISIBLE_KINDS,
    AnyStep,
    AwardStep,
    Chapter,
    ChapterEndStep,
    Character,
    ChoiceStep,
    EndingStep,
    GotoStep,
    IfStep,
    LineStep,
    MinigameStep,
    Option,
    QuizStep,
    SetStep,
    Story,
    Text,
)

_StepT = TypeVar("_StepT", ChoiceStep, QuizStep, MinigameStep)


class RunnerError(Exception):
    """The runner was asked to do something the current step does not allow, or the story loops."""


@dataclass(frozen=True)
class ChoiceView:
    """A choice option the player may pick now, numbered from 0 among the visible ones."""

    index: int
    id: str
    text: Text


@dataclass(frozen=True)
class AnswerView:
    """A quiz answer, with its written index (`StepView.answers` lists them in the order shown)."""

    index: int
    id: str
    text: Text


@dataclass(frozen=True)
class StepView:
    """What a scene needs to present the current step; plain data, no behaviour.

    `kind` is a step kind, or `chapter_intro` for the card shown before a chapter's first step.
    """

    kind: str
    step_id: str
    chapter: Chapter
    text: Text | None = None
    title: Text | None = None
    speaker: Character | None = None
    expression: str | None = None
    background: str | None = None
    choices: tuple[ChoiceView, ...] = ()
    answers: tuple[AnswerView, ...] = ()
    minigame: str | None = None
    params: dict[str, Value] = field(default_factory=dict)
    can_go_back: bool = False


@dataclass(frozen=True)
class AnswerOutcome:
    """The result of picking a quiz answer: right or not, why, and points earned now."""

    correct: bool
    explanation: Text
    points: int


class StoryRunner:
    """Turn API over a `Story` and a `PlayState`: `current`, `advance`, `choose`, `answer`, `back`."""

    MAX_HISTORY = 200
    MAX_AUTO_STEPS = 1000

    def __init__(
        self,
        story: Story,
        state: PlayState | None = None,
        on_change: Callable[[PlayState], None] | None = None,
        seed: int = 0,
    ) -> None:
        """Play on from `state`, or start a new game whose answers are shuffled by `seed`."""
        self.story = story
        self.any_order = False  # classroom mode: the teacher may open any chapter from the map, in any order
        self._history: list[PlayState] = []
        self._on_change = on_change
        self._new_trail = False  # a chapter (or the map) just began: `_changed` starts its trail afresh
        self._replay_pending = False  # a state read back whose history is still to be rebuilt from its trail
        if state is None:
            self.state = PlayState(step_id=story.chapter(story.start).first_step, seed=seed)
            self._new_trail = True
            self._enter(self.state.step_id)
        else:
            self.state = state
            self._repair_position()
            self._settle()
            # Rebuilt from the trail on the first Back only: the path explorer makes many runners it never backs.
            self._replay_pending = state.trail_start is not None and bool(state.trail)

    # -- reading -----------------------------------------------------------------

    def env(self) -> dict[str, Value]:
        """Variable values now: story defaults overlaid with what the player changed."""
        return {**self.story.variables, **self.state.variables}

    def current(self) -> StepView:
        """Describe the step the player is on."""
        step = self.story.step(self.state.step_id)
        chapter = self.story.chapter(step.chapter)
        back = bool(self._history) or self._replay_pending
        if self.state.at_map:
            return StepView("map", step.id, chapter, can_go_back=back)
        if self.state.intro_pending:
            return StepView("chapter_intro", step.id, chapter, text=chapter.intro, title=chapter.title,
                            can_go_back=back)
        return self._view(step, chapter, back)

    def _view(self, step: AnyStep, chapter: Chapter, back: bool) -> StepView:
        base = StepView(step.kind, step.id, chapter, can_go_back=back, background=self.state.background)
        if isinstance(step, LineStep):
            return replace(base, text=step.text, speaker=self._speaker(step.speaker), expression=step.expression)
        if isinstance(step, ChoiceStep):
            choices = tuple(ChoiceView(i, o.id, o.text) for i, o in enumerate(self._options(step)))
            return replace(base, text=step.prompt, speaker=self._speaker(step.speaker), choices=choices)
        if isinstance(step, QuizStep):
            # Shown in this playthrough's own order; each view keeps its written index for `answer()`.
            order = answer_order(self.state.seed, step.id, len(step.answers)) if step.shuffle else \
                range(len(step.answers))
            answers = tuple(AnswerView(i, step.answers[i].id, step.answers[i].text) for i in order)
            return replace(base, text=step.question, speaker=self._speaker(step.speaker), answers=answers)
        if isinstance(step, AwardStep):
            prizes = self.story.badges if step.prize_kind == "badge" else self.story.time_pieces
            return replace(base, text=step.text, title=prizes[step.prize].name)
        if isinstance(step, MinigameStep):
            return replace(base, minigame=step.name, params=dict(step.params))
        if isinstance(step, ChapterEndStep):
            return replace(base, text=chapter.outro, title=chapter.title)
        if isinstance(step, EndingStep):
            return replace(base, text=step.text, title=step.title)
        raise RunnerError(f"{step.pos}: step {step.id} of kind {step.kind} is not visible")

    def _speaker(self, speaker_id: str | None) -> Character | None:
        return self.story.characters.get(speaker_id) if speaker_id else None

    def _options(self, step: ChoiceStep) -> list[Option]:
        env = self.env()
        return [o for o in step.options if o.condition is None or conditions.evaluate_source(o.condition, env)]

    # -- acting ------------------------------------------------------------------

    def advance(self) -> None:
        """Move past a chapter intro, a line, an award, a chapter end or an ending."""
        if self.state.finished:
            raise RunnerError("the story is already finished")
        if self.state.at_map:
            raise RunnerError("the town map needs choose_chapter(), not advance()")
        if self.state.intro_pending:
            self._remember("a")
            self.state.intro_pending = False
            self._changed()
            return
        step = self.story.step(self.state.step_id)
        if isinstance(step, LineStep | AwardStep):
            self._move(step.next, "a")
        elif isinstance(step, ChapterEndStep):
            self._end_chapter(step)
        elif isinstance(step, EndingStep):
            self._remember("a")
            self.state.finished = True
            self._changed()
        else:
            raise RunnerError(f"a {step.kind} step needs choose(), answer() or finish_minigame(), not advance()")

    def choose(self, index: int) -> Text | None:
        """Pick visible option `index`; apply its effects, move to its target, return its feedback."""
        step = self._expect(ChoiceStep)
        options = self._options(step)
        if not 0 <= index < len(options):
            raise RunnerError(f"choice {index} is out of range (0..{len(options) - 1})")
        option = options[index]
        self._remember(f"c:{index}")
        self._apply(option.effects)
        self._move(option.target)
        return option.feedback

    def answer(self, index: int) -> AnswerOutcome:
        """Pick quiz answer `index`. Right answers move on; wrong ones explain and stay for another try.

        Points are earned only for a right first try, and are never taken away.
        """
        step = self._expect(QuizStep)
        if not 0 <= index < len(step.answers):
            raise RunnerError(f"answer {index} is out of range (0..{len(step.answers) - 1})")
        picked = step.answers[index]
        if picked.correct:
            self._remember(f"q:{index}")  # before recording, so back() undoes the answer as it undoes a choice
        record = self.state.quizzes.get(step.id)
        earned = 0
        if record is None:
            earned = step.points if picked.correct else 0
            record = QuizRecord(first_answer=picked.id, first_correct=picked.correct, points=earned, tries=0)
            self.state.quizzes[step.id] = record
        record.tries += 1
        if picked.correct:
            self._move(step.next)
        else:
            self.state.trail.append(f"q:{index}")
            self._changed()
        return AnswerOutcome(picked.correct, picked.explanation, earned)

    def finish_minigame(self, result: str) -> None:
        """Continue after a mini-game: its `result` picks the target (default: the next step)."""
        step = self._expect(MinigameStep)
        self._move(step.results.get(result, step.next), f"m:{result}")

    def back(self) -> bool:
        """Return to the previous visible step, undoing what happened since. False if there is none."""
        if self._replay_pending:
            self._replay_pending = False
            self._history = self._rebuild_history() or self._history
        if not self._history:
            return False
        self.state = self._history.pop()
        self._changed()
        return True

    # -- internals ---------------------------------------------------------------

    def _expect(self, kind: type[_StepT]) -> _StepT:
        if self.state.intro_pending or self.state.finished:
            raise RunnerError(f"expected a {kind.__name__}, but a chapter card or the end is showing")
        step = self.story.step(self.state.step_id)
        if not isinstance(step, kind):
            raise RunnerError(f"expected a {kind.__name__}, but step {step.id} is a {step.kind}")
        return step

    def _remember(self, action: str) -> None:
        """Keep the state before `action` for `back()`, and note the action in the chapter's trail."""
        self._history.append(self.state.copy())
        del self._history[: -self.MAX_HISTORY]
        self.state.trail.append(action)

    def _move(self, target: str | None, action: str | None = None) -> None:
        if action is not None:
            self._remember(action)
        if target is None:
            raise RunnerError(f"step {self.state.step_id} has nowhere to go")
        self._enter(target)

    def _enter(self, step_id: str) -> None:
        self.state.step_id = step_id
        self.state.visits[step_id] = self.state.visits.get(step_id, 0) + 1
        self._settle()

    def _settle(self) -> None:
        """Run invisible steps (set, if, goto) and apply entry effects until a visible step is reached."""
        for _ in range(self.MAX_AUTO_STEPS):
            step = self.story.step(self.state.step_id)
            if step.kind in VISIBLE_KINDS:
                if isinstance(step, LineStep) and step.background:
                    self.state.background = step.background
                if isinstance(step, AwardStep):
                    self._grant(step)
                self._changed()
                return
            self._run_invisible(step)
        raise RunnerError(f"more than {self.MAX_AUTO_STEPS} steps without showing anything: "
                          f"a loop of if/goto/set near {self.state.step_id}")

    def _run_invisible(self, step: AnyStep) -> None:
        if isinstance(step, SetStep):
            self._apply(step.effects)
            target = step.next
        elif isinstance(step, IfStep):
            taken = conditions.evaluate_source(step.condition, self.env())
            target = step.target if taken else (step.otherwise or step.next)
        elif isinstance(step, GotoStep):
            target = step.target
        else:
            raise RunnerError(f"unexpected step kind {step.kind}")
        if target is None:
            raise RunnerError(f"{step.pos}: step {step.id} has nowhere to go")
        self.state.step_id = target
        self.state.visits[target] = self.state.visits.get(target, 0) + 1

    def _grant(self, step: AwardStep) -> None:
        owned = self.state.badges if step.prize_kind == "badge" else self.state.time_pieces
        if step.prize not in owned:
            owned.append(step.prize)

    def _apply(self, effects: dict[str, Value]) -> None:
        env = self.env()
        for name, value in effects.items():
            result = conditions.evaluate_source(value, env) if isinstance(value, str) else value
            self.state.variables[name] = result
            env[name] = result

    def mark_checked(self, phase: str) -> None:
        """Remember that this game's pre or post check was answered (it is asked once per game)."""
        if phase not in self.state.checked:
            self.state.checked.append(phase)
            self.state.trail.append(f"k:{phase}")
            self._changed()

    def playable_chapters(self) -> list[str]:
        """Chapters the map lets the player open now: every finished one (to replay) and the next one.

        With `any_order` (a teacher) every chapter: one opened ahead of its turn is played like a replay, so the
        class comes back to the map, and counts as finished when it ends.
        """
        if not self.state.at_map:
            return []
        return [c.id for c in self.story.chapters
                if self.any_order or c.id in self.state.completed or c.id == self.state.chapter_id]

    def choose_chapter(self, chapter_id: str) -> None:
        """On the town map, start the next chapter or replay a finished one (progress is kept)."""
        if chapter_id not in self.playable_chapters():
            raise RunnerError(f"chapter {chapter_id!r} cannot be opened from the map now")
        self._remember(f"o:{chapter_id}")  # the trail begun at the map goes on: Back can return to it
        self.state.at_map = False
        self.state.just_restored = None
        self.state.intro_pending = True
        if chapter_id != self.state.chapter_id:
            self.state.replaying = chapter_id
            self._enter(self.story.chapter(chapter_id).first_step)
            return
        self._changed()

    def _end_chapter(self, step: ChapterEndStep) -> None:
        self._remember("a")
        self._new_trail = True
        if self.state.replaying is not None:
            # A replay ends back on the map, where the player was before it.
            if step.chapter not in self.state.completed:  # a teacher's chapter ahead of its turn: now restored
                self.state.completed.append(step.chapter)
                self.state.just_restored = step.chapter
            self.state.replaying = None
            self.state.at_map = True
            self.state.intro_pending = True
            self.state.background = None
            self.state.step_id = self._map_step
            self._changed()
            return
        if step.chapter not in self.state.completed:
            self.state.completed.append(step.chapter)
            self.state.just_restored = step.chapter
        following = step.next_chapter or self.story.next_chapter_after(step.chapter)
        if following is None:
            self.state.finished = True
            self._changed()
            return
        self.state.intro_pending = True
        self.state.background = None
        self.state.at_map = True
        self._enter(self.story.chapter(following).first_step)

    @property
    def _map_step(self) -> str:
        """The first step of the chapter the map points to next (after the last finished one)."""
        for chapter in self.story.chapters:
            if chapter.id not in self.state.completed:
                return chapter.first_step
        return self.story.chapters[-1].first_step

    def _repair_position(self) -> None:
        """Keep a saved place valid after content edits: same step id, else the start of its chapter."""
        if self.story.has_step(self.state.step_id):
            return
        chapter_id = self.state.chapter_id
        try:
            first = self.story.chapter(chapter_id).first_step
        except KeyError:
            first = self.story.chapter(self.story.start).first_step
        self.state.step_id = first
        self.state.intro_pending = True

    def _changed(self) -> None:
        if self._new_trail:
            self._new_trail = False
            self.state.trail, self.state.trail_start = [], None
            self.state.trail_start = self.state.to_dict()
        if self._on_change is not None:
            self._on_change(self.state)

    # -- back after a reload -----------------------------------------------------

    def _rebuild_history(self) -> list[PlayState]:
        """The `back()` history of a state read back from a save: the chapter's trail replayed from its start.

        Saves keep only the state where the chapter (or the map) began and the actions since, not every past
        state. If the replay does not arrive exactly where the save is (the story was edited, the save is
        old), there is simply no history: Back then waits for the next step, as before.
        """
        start = self.state.trail_start
        if start is None:
            return []
        try:
            replay = StoryRunner(self.story, PlayState.from_dict(start))  # its own trail is empty: no replay
            replay.state.trail_start = start
            for action in self.state.trail:
                replay._redo(action)
        except (StateError, RunnerError, KeyError, ValueError):
            return []
        return replay._history if replay.state == self.state else []

    def _redo(self, action: str) -> None:
        """Do a trail action again: "a" advance, "c:N" choose, "q:N" answer, "m:R" mini-game result,
        "o:C" open chapter C from the map, "k:P" check P done."""
        kind, _colon, argument = action.partition(":")
        if kind == "a":
            self.advance()
        elif kind == "c":
            self.choose(int(argument))
        elif kind == "q":
            self.answer(int(argument))
        elif kind == "m":
            self.finish_minigame(argument)
        elif kind == "o":
            self.choose_chapter(argument)
        elif kind == "k":
            self.mark_checked(argument)
        else:
            raise RunnerError(f"unknown trail action {action!r}")
