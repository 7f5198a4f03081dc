"""The play conductor: asks the runner for the current step, pushes the matching scene, feeds results back."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import pygame

from game.runner import AnswerOutcome, StepView, StoryRunner
from game.scene import Scene, SceneContext
from game.state import PlayState
from game.story import ChoiceStep
from game.ui.backdrops import backdrop, frozen_twin
from game.ui.effects import Thaw
from game.ui.strings import ui
from scenes import MINIGAMES
from scenes.ahead import ahead_jobs
from scenes.card import CardScene, discussion_card
from scenes.certificate import CertificateScene
from scenes.check import CheckScene
from scenes.choice import ChoiceScene
from scenes.classvote import ClassVoteScene, VoteResult
from scenes.dialogue import DialogueScene
from scenes.map import MapScene, OpenChapter, map_background
from scenes.menu import MenuScene
from scenes.minigame import MinigameResult
from scenes.quiz import QuizPick, QuizScene

RELOADED = "reloaded"  # the result the step scene closes with when the story was reloaded under it (dev mode)


class PlayScene(Scene):
    """Owns the `StoryRunner` for one play session and decides what each child scene's result means."""

    def __init__(self, state: PlayState | None = None, preview: bool = False) -> None:
        super().__init__()
        self.initial_state = state
        self.preview = preview  # the writers' `--start`: says so on screen, and never saves or clears a save
        self.showing: str = ""  # what the scene above us is: a step kind, "feedback", "menu", "quiz-outcome"
        self.tried: set[int] = set()
        self.last_outcome: AnswerOutcome | None = None
        self.last_pick = -1  # the quiz answer (written index) the outcome on screen is for
        self.shown_background: str | None = None
        self.vote_options: list[int] = []  # classroom vote row → option or answer index
        self.thaw: Thaw | None = None  # time starting again: the frozen place warming up
        self.routine_shown = ""  # classroom mode: the mini-game step whose class routine card was shown

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        seed = ctx.new_seed() if self.initial_state is None else 0
        if self.preview:
            ctx.banner = "preview-banner"
        self.runner = StoryRunner(ctx.story, self.initial_state, on_change=self._save, seed=seed)
        self._show()

    def exit(self) -> None:
        if self.preview:
            self.ctx.banner = None

    def _save(self, state: PlayState) -> None:
        if not self.preview:
            self.ctx.saves.save_game(state)

    def story_reloaded(self) -> None:
        """Dev mode: play on in the new story from the same `PlayState`, showing the current step anew."""
        self.runner = StoryRunner(self.ctx.story, self.runner.state, on_change=self._save)
        self.thaw = None
        scenes = self.ctx.stack.scenes
        above = scenes[scenes.index(self) + 1:]
        if above:
            self.ctx.stack.pop(above[0], RELOADED)  # resume() shows the step again
        else:
            self._show(instant=True)

    def debug_lines(self) -> list[str]:
        state = self.runner.state
        lines = [f"step: {state.step_id}" + (" (intro)" if state.intro_pending else ""),
                 f"showing: {self.showing or '-'}"]
        lines += [f"{name} = {value!r}" for name, value in sorted(self.runner.env().items())]
        return lines

    def _show(self, instant: bool = False) -> None:
        """Push the scene for the current step."""
        if self.runner.state.finished:
            self._to_title(clear_save=True)
            return
        view = self.runner.current()
        lang, say = self.ctx.lang, self.ctx.say
        phase = self._check_due(view)
        if phase is not None:
            self.showing = f"check-{phase}"
            self.ctx.stack.push(CheckScene(phase, self.ctx.story.check, seed=self.runner.state.seed))
            return
        self.showing = view.kind
        at_map = view.kind == "map"
        self.ctx.audio.music(_music_for(view.background, at_map))
        self._follow_background(view.background)
        scene: Scene
        if view.kind == "map":
            self.runner.any_order = self.ctx.classroom  # a teacher teaches the chapters in their own order
            scene = MapScene(view, self.runner.state, reduced_motion=self.ctx.settings.reduced_motion,
                             playable=self.runner.playable_chapters())
        elif view.kind == "chapter_intro":
            note = view.chapter.content_note
            scene = CardScene(say(view.title), say(view.text),
                              ui("begin", lang), note=say(note),
                              note_heading=ui("content-note", lang), can_go_back=view.can_go_back)
        elif view.kind == "line":
            scene = DialogueScene(view, instant=instant)
        elif view.kind == "choice":
            scene = self._vote(view, [(c.index, say(c.text)) for c in view.choices]) if self.ctx.classroom \
                else ChoiceScene(view)
        elif view.kind == "quiz":
            self.tried = set()
            scene = self._vote(view, [(a.index, say(a.text)) for a in view.answers]) if self.ctx.classroom \
                else QuizScene(view)
        elif view.kind == "award":
            piece = self._is_piece()
            scene = CardScene(say(view.title), say(view.text),
                              ui("next", lang), kicker=ui("award-piece" if piece else "award-badge", lang),
                              icon="piece" if piece else "badge", can_go_back=view.can_go_back)
        elif view.kind == "minigame" and self.ctx.classroom and self.routine_shown != view.step_id:
            # The class routine first: the class decides together, the teacher enters it (no first card by Enter).
            self.routine_shown = view.step_id
            self.showing = "minigame-routine"
            scene = CardScene(ui("class-routine-heading", lang), ui("class-routine-body", lang), ui("begin", lang),
                              kicker=ui("discussion-kicker", lang), can_go_back=view.can_go_back)
        elif view.kind == "minigame":
            assert view.minigame is not None
            import scenes.minigames  # noqa: F401  (registers the mini-games; imported at the first one)

            scene = MINIGAMES[view.minigame](view.params, can_go_back=view.can_go_back)
        elif view.kind == "chapter_end":
            scene = CardScene(say(view.title), say(view.text),
                              ui("next", lang), kicker=ui("chapter-done", lang), icon="piece",
                              can_go_back=view.can_go_back)
        else:  # ending: the certificate comes next, then the title
            scene = CardScene(say(view.title), say(view.text),
                              ui("next", lang), can_go_back=view.can_go_back)
        self.ctx.stack.push(scene)
        self.ctx.prefetch.plan(ahead_jobs(self.ctx, self.runner))

    def _check_due(self, view: StepView) -> str | None:
        """The check to ask now: "pre" before the very first step, "post" before the ending; else None."""
        story, checked = self.ctx.story, self.runner.state.checked
        if not story.check:
            return None
        first = story.chapter(story.start).first_step
        if "pre" not in checked and view.kind == "chapter_intro" and view.step_id == first and not \
                self.runner.state.completed:
            return "pre"
        if "post" not in checked and view.kind == "ending":
            return "post"
        return None

    def _vote(self, view: StepView, options: list[tuple[int, str]], skip: frozenset[int] = frozenset()) -> Scene:
        """Classroom mode: the class votes by show of hands on (index, label) `options`, in the order shown.

        Answers already tried in a quiz (`skip`, by index) are left out of the vote.
        """
        shown = [(index, label) for index, label in options if index not in skip]
        self.vote_options = [index for index, _label in shown]
        return ClassVoteScene(self.ctx.say(view.text), [label for _index, label in shown],
                              can_go_back=view.can_go_back)

    def _follow_background(self, background: str | None) -> None:
        """Start the thaw when the story moves on to a place's restored picture: time starts again there."""
        previous, self.shown_background = self.shown_background, background
        frozen = frozen_twin(background)
        if frozen is None or previous in (None, background) or self.runner.state.intro_pending:
            return
        self.ctx.audio.play("unfreeze")
        if not self.ctx.settings.reduced_motion:
            size = self.ctx.size
            self.thaw = Thaw(backdrop(frozen, size), backdrop(background, size), origin=(size[0] // 2, 120))

    def update(self, dt: float) -> None:
        if self.thaw is not None:
            self.thaw.update(dt)
            if self.thaw.done:
                self.thaw = None

    def _is_piece(self) -> bool:
        step = self.ctx.story.step(self.runner.state.step_id)
        return getattr(step, "prize_kind", "") == "time_piece"

    def resume(self, result: Any) -> None:
        showing, self.showing = self.showing, ""
        if result == RELOADED:
            self._show(instant=True)
            return
        if showing == "menu":
            self._after_menu(result)
            return
        if result == "menu":
            self.showing = "menu"
            self.ctx.stack.push(MenuScene())
            return
        if result == "back" and showing == "quiz-outcome" and self.last_outcome is not None \
                and not self.last_outcome.correct:
            # Back from "let's think again": the question once more, that answer open again (it stays
            # counted as the first try, so going back never turns a wrong first pick into stars).
            self.tried.discard(self.last_pick)
            self._after_outcome()
            return
        if result == "back":
            self.runner.back()
            self._show(instant=True)
            return
        if showing == "map" and isinstance(result, OpenChapter):
            self.runner.choose_chapter(result.chapter_id)
            self._show()
            return
        if showing.startswith("check-"):
            self.runner.mark_checked(showing.removeprefix("check-"))
            self._show()
            return
        also: list[int] = []  # a class vote on a choice: the other options that got hands, most hands first
        if isinstance(result, VoteResult):  # classroom mode: the class's choice stands for a click
            chosen = self.vote_options[result.chosen]
            also = [self.vote_options[i] for i in sorted(range(len(result.counts)), key=lambda i: -result.counts[i])
                    if result.counts[i] and i != result.chosen]
            result = QuizPick(chosen) if showing == "quiz" else chosen
        if showing == "quiz" and isinstance(result, QuizPick):
            self._answer(result.index)
            return
        if showing == "quiz-outcome":
            self._after_outcome()
            return
        if showing == "choice" and isinstance(result, int):
            others = self._class_feedback(also)
            feedback = self.runner.choose(result)
            if feedback is not None:
                self.showing = "feedback"
                lang = self.ctx.lang
                body = "\n\n".join([self.ctx.say(feedback), *others])
                self.ctx.stack.push(CardScene("", body, ui("next", lang), show_menu=True,
                                              can_go_back=True))  # Back: the choice again, its effects undone
                return
        elif showing == "ending" and result == "next":
            if not self._discuss(then="ending-discussion"):  # the finale ends with its ending, not a chapter_end
                self._show_certificate()
            return
        elif showing == "ending-discussion":
            self._show_certificate()
            return
        elif showing == "minigame-routine" and result == "next":
            self._show()  # now the game itself
            return
        elif showing == "minigame" and isinstance(result, MinigameResult):
            self.runner.finish_minigame(result.name)
        elif showing == "chapter_end" and result == "next" and self._discuss():
            return
        elif showing in ("chapter_intro", "line", "award", "chapter_end", "discussion") and result == "next":
            self.runner.advance()
        self._show()

    def _class_feedback(self, indexes: list[int]) -> list[str]:
        """What the story says to each of these options of the current choice (a class where hands were split).

        After "How do you feel?" every feeling with hands gets its answer, not only the most chosen one.
        """
        if not indexes:
            return []
        view = self.runner.current()
        step = self.ctx.story.step(view.step_id)
        options = step.options if isinstance(step, ChoiceStep) else ()
        feedback = {option.id: option.feedback for option in options}
        lines = []
        for index in indexes:
            option = view.choices[index]
            said = feedback.get(option.id)
            if said is not None:
                lines.append(f"“{self.ctx.say(option.text)}” – {self.ctx.say(said)}")
        return lines

    def _discuss(self, then: str = "discussion") -> bool:
        """Classroom mode: after a chapter, show its discussion prompts before moving on. True if shown.

        `then` is what `resume` does after them: "discussion" moves on, "ending-discussion" shows the certificate.
        """
        chapter = self.runner.current().chapter
        if not self.ctx.classroom or not chapter.discussion:
            return False
        self.showing = then
        self.ctx.stack.push(discussion_card(self.ctx, chapter))
        return True

    def _show_certificate(self) -> None:
        """Finish the story and show the time keeper certificate; closing it returns to the title (`_show`)."""
        self.runner.advance()
        # The story is over: quitting on the certificate must not offer 'continue' next time.
        if not self.preview:
            self.ctx.saves.clear_game()
        self.showing = "certificate"
        self.ctx.stack.push(CertificateScene(self.runner.state))

    def _answer(self, index: int) -> None:
        view = self.runner.current()
        outcome = self.runner.answer(index)
        self.last_outcome, self.last_pick = outcome, index
        if not outcome.correct:
            self.tried.add(index)
        self.showing = "quiz-outcome"
        # The outcome screen shows the question as it was answered, with the step's original view.
        self.ctx.stack.push(QuizScene(view, frozenset(self.tried), (index, outcome)))

    def _after_outcome(self) -> None:
        if self.last_outcome is not None and not self.last_outcome.correct:
            self.showing = "quiz"
            view = self.runner.current()
            if self.ctx.classroom:
                options = [(a.index, self.ctx.say(a.text)) for a in view.answers]
                self.ctx.stack.push(self._vote(view, options, frozenset(self.tried)))
            else:
                self.ctx.stack.push(QuizScene(view, frozenset(self.tried)))
            return
        self._show()

    def _after_menu(self, result: Any) -> None:
        if result == "title":
            self._to_title(clear_save=False)
        elif result == "quit":
            self.ctx.request_quit()
        else:
            self._show(instant=True)

    def _to_title(self, clear_save: bool) -> None:
        from scenes.title import TitleScene  # local: the title starts play, so they refer to each other

        if clear_save and not self.preview:
            self.ctx.saves.clear_game()
        self.ctx.stack.replace(TitleScene())

    def look(self) -> Hashable | None:
        state = self.runner.state
        return None if self.thaw is not None else ("backdrop", "map" if state.at_map else state.background)

    def draw(self, surface: pygame.Surface) -> None:
        if self.thaw is not None:
            self.thaw.draw(surface)
        elif self.runner.state.at_map:  # under the menu opened on the map: the town, not the next place
            surface.blit(map_background(surface.get_size()), (0, 0))
        else:
            surface.blit(backdrop(self.runner.state.background, surface.get_size()), (0, 0))


def _music_for(background: str | None, at_map: bool = False) -> str:
    """The gentle loop for a place: music-box in the time keepers' world, the warm pad in the town and map."""
    if at_map or background not in (None, "keepers-world", "clock-tower"):
        return "loop-town"
    return "loop-keepers"
