"""Scene behaviour through the pilot: title, dialogue, choice, quiz, cards, menu, settings, ending."""

from __future__ import annotations

import json

import pytest

from game.save import GAME_KEY, MemoryStorage, Saves
from game.testing import PilotError
from scenes.card import CardScene
from scenes.choice import ChoiceScene
from scenes.confirm import ConfirmScene
from scenes.dialogue import DialogueScene
from scenes.map import MapScene
from scenes.menu import MenuScene
from scenes.quiz import QuizScene
from scenes.settings import SettingsScene
from scenes.title import TitleScene
from tests.scenes.stories import small_story


def start(pilot):
    """From the title, start a new game and pass the chapter intro card."""
    pilot.press("confirm")
    assert pilot.top_scene_is(CardScene)
    pilot.press("confirm")
    assert pilot.top_scene_is(DialogueScene)


def test_title_offers_start_teacher_settings_and_quit_without_a_save(pilot_for):
    """A first visit shows start, classroom mode, settings and quit, and no continue."""
    pilot = pilot_for(small_story())
    assert pilot.top_scene_is(TitleScene)
    assert pilot.widget_ids() == ["start", "teacher", "settings", "quit"]


def test_start_shows_chapter_intro_with_content_note(pilot_for):
    """Starting shows the first chapter's card with its title, intro and content note."""
    pilot = pilot_for(small_story(), lang="en")
    pilot.press("confirm")
    card = pilot.top_scene
    assert isinstance(card, CardScene)
    assert card.heading == "Chapter One"
    assert card.body == "The first chapter begins."
    assert card.note == "There are no scary scenes."


def test_typewriter_first_confirm_completes_second_advances(pilot_for):
    """At normal speed the first Enter shows the whole line and the second moves to the next step."""
    pilot = pilot_for(small_story(), text_speed="normal")
    start(pilot)
    dialogue = pilot.top_scene
    assert isinstance(dialogue, DialogueScene)
    pilot.step(2)
    assert not dialogue.typewriter.done
    pilot.press("confirm")
    assert dialogue.typewriter.done
    assert pilot.state.step_id == "one.hello"
    pilot.press("confirm")
    assert pilot.state.step_id == "one.second"


def test_click_anywhere_and_space_advance_dialogue(pilot_for):
    """A tap on the picture completes the line and a press of Space (also confirm) advances."""
    pilot = pilot_for(small_story(), text_speed="slow")
    start(pilot)
    pilot.click_at((640, 300))
    assert pilot.top_scene.typewriter.done
    pilot.press(32)  # K_SPACE
    assert pilot.state.step_id == "one.second"


def test_typewriter_reveals_over_time(pilot_for):
    """Left alone, the line reveals itself completely within a few seconds."""
    pilot = pilot_for(small_story(), text_speed="normal")
    start(pilot)
    frames = pilot.run_until(lambda: pilot.top_scene.typewriter.done, max_frames=600)
    assert frames > 10


def test_back_returns_to_the_previous_line(pilot_for):
    """Backspace on the second line goes back to the first one."""
    pilot = pilot_for(small_story())
    start(pilot)
    pilot.press("confirm")
    assert pilot.state.step_id == "one.second"
    pilot.press("back")
    assert pilot.state.step_id == "one.hello"
    assert pilot.top_scene_is(DialogueScene)


def test_back_button_is_disabled_without_history(pilot_for):
    """On the very first step there is nothing to go back to, so the back button cannot be clicked."""
    pilot = pilot_for(small_story())
    pilot.press("confirm")
    with pytest.raises(PilotError, match="disabled"):
        pilot.click("back")


def test_choice_by_keyboard_applies_effects_and_shows_feedback(pilot_for):
    """Down + Enter picks the second option: its variable changes and its kind feedback is shown."""
    pilot = pilot_for(small_story(), lang="en")
    start(pilot)
    pilot.press("confirm", "confirm")
    assert pilot.top_scene_is(ChoiceScene)
    pilot.press("down", "confirm")
    assert pilot.state.variables["kind"] == 1
    assert isinstance(pilot.top_scene, CardScene)
    assert pilot.top_scene.body == "A smile is warm."
    pilot.press("confirm")
    assert pilot.state.step_id == "one.question"


def test_choice_by_click_goes_on_without_feedback(pilot_for):
    """Clicking an option without feedback goes straight to the next step."""
    pilot = pilot_for(small_story())
    start(pilot)
    pilot.press("confirm", "confirm")
    pilot.click("choice-0")
    assert pilot.state.variables.get("kind", 0) == 0
    assert pilot.top_scene_is(QuizScene)


def _to_quiz(pilot):
    start(pilot)
    pilot.press("confirm", "confirm")
    pilot.click("choice-0")
    assert pilot.top_scene_is(QuizScene)


def test_wrong_answer_explains_and_allows_another_try(pilot_for):
    """A wrong answer shows its explanation, keeps the step, earns no points and takes none away."""
    pilot = pilot_for(small_story(), lang="en")
    _to_quiz(pilot)
    pilot.click("answer-0")
    quiz = pilot.top_scene
    assert isinstance(quiz, QuizScene) and quiz.outcome is not None
    assert quiz.outcome[1].explanation.en == "You don't have to keep it to yourself."
    assert pilot.state.step_id == "one.question"
    assert pilot.state.score == 0
    pilot.click("next")
    retry = pilot.top_scene
    assert isinstance(retry, QuizScene) and retry.outcome is None
    assert "answer-0" not in pilot.widget_ids()
    pilot.click("answer-1")
    assert pilot.top_scene.outcome[1].correct
    pilot.click("next")
    assert pilot.state.step_id == "one.piece"
    assert pilot.state.score == 0
    assert pilot.state.quizzes["one.question"].tries == 2


def test_right_first_answer_earns_the_points(pilot_for):
    """Picking the right answer first earns the quiz's points and moves on after the explanation."""
    pilot = pilot_for(small_story())
    _to_quiz(pilot)
    pilot.click("answer-1")
    assert pilot.state.score == 1
    pilot.press("confirm")
    assert pilot.state.step_id == "one.piece"


def test_award_then_chapter_end_then_map_then_next_chapter_intro(pilot_for):
    """The award card grants the time piece; the outro card leads to the town map, then the next intro."""
    pilot = pilot_for(small_story(), lang="en")
    _to_quiz(pilot)
    pilot.click("answer-1")
    pilot.press("confirm")
    award = pilot.top_scene
    assert isinstance(award, CardScene) and award.heading == "First Piece"
    assert pilot.state.time_pieces == ["one"]
    pilot.press("confirm")
    outro = pilot.top_scene
    assert isinstance(outro, CardScene) and outro.body == "The first chapter is done."
    pilot.press("confirm")
    assert pilot.top_scene_is(MapScene)
    pilot.press("confirm")  # the next place has focus
    intro = pilot.top_scene
    assert isinstance(intro, CardScene) and intro.heading == "Chapter Two"


def test_ending_returns_to_title_and_forgets_the_finished_save(pilot_for):
    """After the ending card and the certificate the title returns, with no 'continue' for a finished story."""
    saves = Saves(MemoryStorage())
    pilot = pilot_for(small_story(), saves=saves)
    start(pilot)
    pilot.press("confirm", "confirm")
    pilot.click("choice-1")
    pilot.press("confirm")
    pilot.click("answer-1")
    pilot.press("confirm", "confirm", "confirm", "confirm", "confirm")
    assert pilot.state.step_id == "two.warm"
    pilot.press("confirm")
    assert pilot.top_scene.heading == "다시 흐르는 시간"
    pilot.press("confirm")  # the ending card, then the certificate
    pilot.press("back")
    assert pilot.top_scene_is(TitleScene)
    assert not saves.has_game()


def test_escape_opens_menu_and_resume_returns_to_the_same_step(pilot_for):
    """Esc opens the pause menu; 'keep playing' comes back to the very same line."""
    pilot = pilot_for(small_story())
    start(pilot)
    pilot.press("confirm")
    pilot.press("menu")
    assert pilot.top_scene_is(MenuScene)
    pilot.click("resume")
    assert pilot.top_scene_is(DialogueScene)
    assert pilot.state.step_id == "one.second"


def test_language_switch_mid_game_keeps_the_place(pilot_for):
    """Changing the language in settings from the menu re-shows the same step in the new language."""
    pilot = pilot_for(small_story(), lang="ko")
    start(pilot)
    pilot.press("menu")
    pilot.click("settings")
    assert pilot.top_scene_is(SettingsScene)
    pilot.click("lang-en")
    pilot.click("done")
    pilot.click("resume")
    dialogue = pilot.top_scene
    assert isinstance(dialogue, DialogueScene)
    assert pilot.state.step_id == "one.hello"
    assert dialogue.typewriter.lines and pilot.app.context.settings.lang == "en"
    assert dialogue.view.text.get(pilot.app.context.lang) == "Hello! I am Owl."


def test_settings_are_saved(pilot_for):
    """Settings chosen on the title screen are stored for the next visit."""
    saves = Saves(MemoryStorage())
    pilot = pilot_for(small_story(), saves=saves)
    pilot.click("settings")
    pilot.click("speed-fast")
    pilot.click("done")
    assert saves.load_settings().text_speed == "fast"


def test_sound_row_toggles_and_is_saved(pilot_for):
    """'Off' mutes at once and is kept for the next visit; 'On' brings sound back with a click to show it."""
    saves = Saves(MemoryStorage())
    pilot = pilot_for(small_story(), saves=saves)
    pilot.click("settings")
    pilot.click("tab-sound")
    pilot.click("sound-off")
    assert pilot.app.context.settings.muted
    pilot.click("done")
    again = pilot_for(small_story(), saves=saves)
    assert again.app.context.settings.muted
    again.click("settings")
    again.click("tab-sound")
    assert next(w.label for w in again.top_scene.widgets() if w.id == "sound-off").startswith("● ")
    audio = again.app.context.audio
    assert audio.played == []
    again.click("sound-on")
    assert not again.app.context.settings.muted and not saves.load_settings().muted
    assert audio.played == ["click"]

def test_autosave_and_continue_resume_at_the_same_step(pilot_for):
    """Every step is saved by id; a new session's 'continue' resumes there."""
    storage = MemoryStorage()
    pilot = pilot_for(small_story(), saves=Saves(storage))
    start(pilot)
    pilot.press("confirm")
    assert json.loads(storage.data[GAME_KEY])["step_id"] == "one.second"
    again = pilot_for(small_story(), saves=Saves(storage))
    assert again.widget_ids()[0] == "continue"
    again.press("confirm")
    assert again.state.step_id == "one.second"


def test_start_over_asks_first_and_no_keeps_the_save(pilot_for):
    """With a save, 'start' asks for confirmation; 'no' (the default) keeps the saved place."""
    storage = MemoryStorage()
    first = pilot_for(small_story(), saves=Saves(storage))
    start(first)
    first.press("confirm")
    pilot = pilot_for(small_story(), saves=Saves(storage))
    pilot.click("start")
    assert pilot.top_scene_is(ConfirmScene)
    pilot.press("confirm")  # focus starts on "no"
    assert pilot.top_scene_is(TitleScene)
    assert Saves(storage).load_game().step_id == "one.second"
    pilot.click("start")
    pilot.click("yes")
    assert pilot.state.step_id == "one.hello"


def test_damaged_save_gives_a_notice_and_a_fresh_start(pilot_for):
    """A corrupt save never crashes: the title explains and offers a new start."""
    storage = MemoryStorage()
    storage.set(GAME_KEY, '{"version": 1, "step_id": ')
    pilot = pilot_for(small_story(), saves=Saves(storage))
    assert pilot.widget_ids() == ["start", "teacher", "settings", "quit"]
    assert pilot.app.context.saves.notice == "damaged-save"


def test_tab_focuses_corner_buttons_in_dialogue(pilot_for):
    """Keyboard users reach the menu button with Tab and open it with Enter."""
    pilot = pilot_for(small_story())
    start(pilot)
    pilot.press("confirm")  # to the second line, so 'back' is enabled too
    pilot.press("next", "next")
    pilot.press("confirm")
    assert pilot.top_scene_is(MenuScene)


def test_every_widget_is_a_big_enough_target(pilot_for):
    """Every clickable widget on every scene kind is at least 48×48 logical pixels."""
    pilot = pilot_for(small_story())
    seen: set[str] = set()

    def check() -> None:
        seen.add(type(pilot.top_scene).__name__)
        for widget in pilot.top_scene.widgets():
            assert widget.rect.width >= 48 and widget.rect.height >= 48, (widget.id, widget.rect)

    check()
    pilot.click("settings")
    check()
    pilot.click("done")
    pilot.click("start")
    pilot.press("confirm")
    check()
    pilot.press("menu")
    check()
    pilot.click("resume")
    pilot.press("confirm", "confirm")
    check()
    pilot.click("choice-0")
    check()
    pilot.click("answer-0")
    check()
    assert seen >= {"TitleScene", "SettingsScene", "DialogueScene", "MenuScene", "ChoiceScene", "QuizScene"}


def test_click_fails_for_a_widget_not_on_screen(pilot_for):
    """The pilot refuses to click something the player could not see."""
    pilot = pilot_for(small_story())
    with pytest.raises(PilotError, match="no widget 'answer-0'"):
        pilot.click("answer-0")


def test_touch_finger_events_do_not_double_activate(pilot_for):
    """A tap arrives as FINGER events plus SDL's synthesized mouse click; only the click counts."""
    import pygame

    pilot = pilot_for(small_story())
    start(pilot)
    finger = [pygame.event.Event(pygame.FINGERDOWN, x=0.5, y=0.4, touch_id=1, finger_id=0, dx=0, dy=0, pressure=1),
              pygame.event.Event(pygame.FINGERUP, x=0.5, y=0.4, touch_id=1, finger_id=0, dx=0, dy=0, pressure=1)]
    pilot.step(events=finger)
    assert pilot.state.step_id == "one.hello"
    pilot.click_at((640, 288))
    assert pilot.state.step_id == "one.second"


def test_pilot_reraises_errors_raised_inside_a_scene(pilot_for):
    """A crash in a scene surfaces in the test instead of being swallowed."""
    pilot = pilot_for(small_story())
    start(pilot)

    def explode(event):
        raise RuntimeError("scene exploded")

    pilot.top_scene.handle = explode
    with pytest.raises(RuntimeError, match="scene exploded"):
        pilot.press("confirm")


def test_title_buttons_use_the_chosen_language(pilot_for):
    """Starting in English shows English button labels from the very first frame."""
    pilot = pilot_for(small_story(), lang="en")
    labels = [w.label for w in pilot.top_scene.widgets()]
    assert labels == ["Start", "Teacher (classroom)", "Settings", "Quit"]


def test_arrow_keys_in_dialogue_never_lead_to_back(pilot_for):
    """Arrows do nothing on a line, so Down then Enter reads on instead of pressing 'back'."""
    pilot = pilot_for(small_story())
    start(pilot)
    pilot.press("confirm")
    pilot.press("down", "up", "right", "left", "confirm")
    assert pilot.state.step_id == "one.pick"
