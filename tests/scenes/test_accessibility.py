"""Accessibility settings: text size, high contrast, helpline region, volume and read-aloud change the game."""

from __future__ import annotations

from itertools import pairwise

import pytest

from game.save import MemoryStorage, Saves
from game.story import Text
from game.ui import theme
from game.ui.strings import ui
from scenes.card import CardScene
from scenes.choice import ChoiceScene
from scenes.dialogue import DialogueScene
from scenes.quiz import QuizScene
from scenes.settings import SettingsScene
from tests.scenes.stories import MANIFEST, region_yaml, small_story

LONG_LINE = {
    "ko": "안녕하세요! 저는 부엉이예요. 시간이 멈춘 이 세상에서 여러분을 기다리고 있었어요. "
          "함께 멈춘 시간을 다시 흐르게 해 볼까요? 걱정되는 일이 있으면 믿을 수 있는 어른에게 말해요.",
    "en": "Hello! I am Owl. I have been waiting for you in this world where time has stopped. "
          "Shall we make time move again together? If something worries you, you can tell a trusted adult.",
}

LONG_CHOICE = """
id: one
title: {ko: "첫 이야기", en: "Chapter One"}
intro: {ko: "시작해요.", en: "Here we go."}
outro: {ko: "끝", en: "Done"}
steps:
  - id: pick
    kind: choice
    prompt:
      ko: "친구가 비밀을 지키라고 했는데 마음이 불편해요. 어떻게 하면 좋을까요? 천천히 생각해 보고 골라요."
      en: "A friend told you to keep a secret, but it makes you feel uneasy. What could you do? Take your time."
    options:
      - id: a
        text: {ko: "믿을 수 있는 어른에게 가서 지금 있었던 일을 처음부터 끝까지 이야기해요",
               en: "Go to a grown-up you trust and tell them everything that happened, from start to end"}
      - id: b
        text: {ko: "아무에게도 말하지 않고 혼자 참으면서 괜찮아질 때까지 기다려요",
               en: "Say nothing to anybody and keep it to yourself until it somehow feels better again"}
      - id: c
        text: {ko: "친구에게 왜 꼭 비밀로 해야 하는지 물어보고 이유를 들어 봐요",
               en: "Ask your friend why it really has to stay a secret and listen to the reason"}
      - id: d
        text: {ko: "선생님이나 상담 선생님께 찾아가서 도움을 청해요",
               en: "Go and find a teacher or the school counsellor and ask them for help"}
  - id: question
    kind: quiz
    question: {ko: "누군가 지금 위험하다면 어떻게 해야 할까요? 가장 좋은 답을 골라 봐요.",
               en: "If someone is in danger right now, what should you do? Pick the best answer."}
    answers:
      - id: a1
        text: {ko: "아무에게도 말하지 않아요", en: "Tell nobody at all about it"}
        explanation: {ko: "혼자 참지 않아도 돼요. 위험한 일은 어른이 도와야 하는 일이에요. 꼭 말해요.",
                      en: "You don't have to keep it to yourself. Danger is something grown-ups must help with."}
      - id: a2
        text: {ko: "경찰에 전화해요", en: "Call the police number"}
        correct: true
        explanation: {ko: "맞아요. 누군가 지금 위험하다면 경찰에 전화해요. 어른이 도와줄 거예요. 정말 잘했어요.",
                      en: "Yes. If someone is in danger right now, call the police. Grown-ups will help. Well done."}
      - id: a3
        text: {ko: "내일까지 기다려요", en: "Wait until tomorrow"}
        explanation: {ko: "기다리지 않아도 돼요.", en: "You don't need to wait."}
      - id: a4
        text: {ko: "혼자 해결해요", en: "Sort it out alone"}
        explanation: {ko: "혼자 하지 않아도 돼요.", en: "You don't have to do it alone."}
  - id: fin
    kind: ending
    title: {ko: "끝", en: "The end"}
    text: {ko: "잘했어요!", en: "Well done!"}
"""

class RecordingSpeech:
    """Stands in for `game.browser.Speech` in the pilot: keeps what the game asked to say."""

    available = True

    def __init__(self) -> None:
        self.said: list[str] = []
        self.stopped = 0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stopped += 1


def long_line_story() -> dict[str, str]:
    """The small story with a first line long enough to wrap onto more lines at a bigger text size."""
    files = small_story()
    one = files["one.yaml"].replace('text: {ko: "안녕하세요! 저는 부엉이예요.", en: "Hello! I am Owl."}',
                                    f'text: {{ko: "{LONG_LINE["ko"]}", en: "{LONG_LINE["en"]}"}}')
    assert one != files["one.yaml"]
    return {**files, "one.yaml": one}


def long_choice_story() -> dict[str, str]:
    """One chapter: a long prompt with four long options, then a quiz with four answers."""
    return {"story.yaml": MANIFEST.replace("[one, two]", "[one]"), "one.yaml": LONG_CHOICE}


def two_regions_story() -> dict[str, str]:
    """The small story with two helpline regions that have different report numbers."""
    return {**small_story(), "regions/ko-KR.yaml": region_yaml("ko-KR", "Korea", "112"),
            "regions/en-GB.yaml": region_yaml("en-GB", "UK", "999")}


def choose(pilot, *ids: str) -> None:
    """Open settings from the title, click `ids` in turn (tabs included), and close it."""
    pilot.click("settings")
    for ident in ids:
        pilot.click(ident)
    pilot.click("done")


def to_dialogue(pilot) -> DialogueScene:
    pilot.click("start")
    assert pilot.top_scene_is(CardScene)
    pilot.press("confirm")
    dialogue = pilot.top_scene
    assert isinstance(dialogue, DialogueScene)
    return dialogue


def widget(pilot, ident: str):
    return next(w for w in pilot.top_scene.widgets() if w.id == ident)


# -- text size ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_largest_text_wraps_a_line_into_more_lines_in_a_taller_box(pilot_for, lang):
    """At the largest size the same line takes more lines, and the box grows upward to hold them."""
    normal = to_dialogue(pilot_for(long_line_story(), lang=lang))
    saves = Saves(MemoryStorage())
    pilot = pilot_for(long_line_story(), lang=lang, saves=saves)
    choose(pilot, "size-largest")
    assert saves.load_settings().text_size == "largest"
    big = to_dialogue(pilot)
    assert len(big.typewriter.lines) > len(normal.typewriter.lines)
    assert big.box.height > normal.box.height
    assert big.box.bottom == normal.box.bottom and big.box.height <= 360
    assert big.box.top + 36 + big.typewriter.height <= big.box.bottom - 36


def test_text_size_is_kept_for_the_next_visit(pilot_for):
    """A new session starts with the saved text size and contrast already applied."""
    saves = Saves(MemoryStorage())
    choose(pilot_for(small_story(), saves=saves), "size-large", "contrast-high")
    again = pilot_for(small_story(), saves=saves)
    assert again.app.context.text.scale == pytest.approx(1.15)
    assert theme.high_contrast()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_choice_options_grow_and_stay_on_screen_at_the_largest_size(pilot_for, lang):
    """Long options get taller buttons at the largest size; none overlap, none leave the screen."""
    pilot = pilot_for(long_choice_story(), lang=lang)
    choose(pilot, "size-largest")
    pilot.click("start")
    pilot.press("confirm")
    choice = pilot.top_scene
    assert isinstance(choice, ChoiceScene)
    options = [w.rect for w in choice.widgets() if w.id.startswith("choice-")]
    assert len(options) == 4 and all(r.height >= 80 for r in options)
    assert options[0].top >= choice.prompt_rect.bottom
    assert all(a.bottom <= b.top for a, b in pairwise(options))
    assert options[-1].bottom <= 720


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_quiz_answers_and_feedback_fit_at_the_largest_size(pilot_for, lang):
    """Four answers and a long explanation stay apart and on screen at the largest size."""
    pilot = pilot_for(long_choice_story(), lang=lang)
    choose(pilot, "size-largest", "contrast-high")
    pilot.click("start")
    pilot.press("confirm")
    pilot.click("choice-0")
    quiz = pilot.top_scene
    assert isinstance(quiz, QuizScene)
    answers = [w.rect for w in quiz.widgets() if w.id.startswith("answer-")]
    assert all(r.height >= 48 for r in answers) and answers[-1].bottom <= 720
    pilot.click("answer-1")
    done = pilot.top_scene
    rects = [b.rect for b in done.shown_answers]
    assert all(a.bottom <= b.top for a, b in pairwise(rects))
    assert rects[-1].bottom <= done.feedback_rect.top and done.feedback_rect.bottom <= 716
    assert done.feedback_rect.height >= done._feedback_height(done.outcome[1])


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_settings_targets_stay_big_apart_and_on_screen_at_the_largest_size(pilot_for, lang):
    """Every tab at the largest size: buttons of at least 48 px that neither overlap nor leave the screen."""
    pilot = pilot_for(two_regions_story(), lang=lang)
    pilot.click("settings")
    pilot.click("size-largest")
    for tab in ("tab-display", "tab-sound", "tab-helplines"):
        pilot.click(tab)
        rects = [w.rect for w in pilot.top_scene.widgets() if w.id != "help"]
        assert all(r.width >= 48 and r.height >= 48 for r in rects)
        assert all(pilot.app.surface.get_rect().contains(r) for r in rects)
        assert not any(a.colliderect(b) for i, a in enumerate(rects) for b in rects[i + 1:])


# -- contrast ----------------------------------------------------------------------------------


def test_high_contrast_turns_the_dialogue_box_white_with_black_ink(pilot_for):
    """The panel fill and the darkest ink of the line change from warm paper and plum to white and black."""

    def colours(pilot):
        dialogue = to_dialogue(pilot)
        surface, box = pilot.app.surface, dialogue.box
        fill = surface.get_at((box.right - 20, box.top + 20))[:3]
        text_area = box.inflate(-2 * 36, -2 * 36)
        darkest = min((surface.get_at((x, y))[:3] for x in range(text_area.left, text_area.left + 300, 2)
                       for y in range(text_area.top, text_area.top + 40)), key=sum)
        return fill, darkest

    normal_fill, normal_ink = colours(pilot_for(small_story()))
    saves = Saves(MemoryStorage())
    pilot = pilot_for(small_story(), saves=saves)
    choose(pilot, "contrast-high")
    assert saves.load_settings().high_contrast
    contrast_fill, contrast_ink = colours(pilot)
    assert normal_fill == theme.NORMAL.paper and contrast_fill == (255, 255, 255)
    assert sum(normal_ink) > 60 and sum(contrast_ink) < 30


def test_switching_contrast_redraws_cached_buttons_at_once(pilot_for):
    """Buttons keep pictures of themselves; switching the palette must not leave old pictures on screen."""
    pilot = pilot_for(small_story(), lang="ko")
    pilot.click("settings")
    english = widget(pilot, "lang-en").rect
    spot = (english.left + 12, english.centery)
    assert pilot.app.surface.get_at(spot)[:3] == theme.NORMAL.button
    pilot.click("contrast-high")
    pilot.step()
    assert pilot.app.surface.get_at(spot)[:3] == theme.HIGH_CONTRAST.button
    pilot.click("contrast-normal")
    pilot.step()
    assert pilot.app.surface.get_at(spot)[:3] == theme.NORMAL.button


# -- region ------------------------------------------------------------------------------------


def test_region_arrows_change_the_helplines_the_story_shows(pilot_for):
    """Choosing another region changes what `{report}` becomes, and the choice is saved."""
    saves = Saves(MemoryStorage())
    pilot = pilot_for(two_regions_story(), saves=saves)
    ctx = pilot.app.context
    report = Text("{report}에 전화해요", "call {report}")
    assert ctx.say(report) == "112에 전화해요"
    pilot.click("settings")
    pilot.click("tab-helplines")
    pilot.click("region-next")
    assert ctx.settings.region == "en-GB" and ctx.say(report) == "999에 전화해요"
    assert saves.load_settings().region == "en-GB"
    pilot.click("region-prev")
    assert ctx.say(report) == "112에 전화해요"


# -- volume ------------------------------------------------------------------------------------


def test_volume_buttons_set_the_audio_volume_and_are_saved(pilot_for):
    """A volume step changes what the audio service plays at, refreshes the music and is kept."""
    saves = Saves(MemoryStorage())
    pilot = pilot_for(small_story(), saves=saves)
    audio = pilot.app.context.audio
    refreshed: list[float] = []
    audio.refresh = lambda: refreshed.append(audio.settings.volume)  # type: ignore[method-assign]
    pilot.click("settings")
    pilot.click("tab-sound")
    refreshed.clear()  # the first click also unlocked the audio, which refreshes once
    pilot.click("volume-25")
    assert audio.settings.volume == pytest.approx(0.25) and refreshed == [pytest.approx(0.25)]
    assert saves.load_settings().volume == pytest.approx(0.25)
    assert widget(pilot, "volume-25").label.startswith("● ")


# -- read-aloud --------------------------------------------------------------------------------


def test_read_aloud_speaks_lines_choices_quizzes_and_feedback(pilot_for):
    """With read-aloud on, each screen asks for its words once as it appears, options numbered."""
    saves = Saves(MemoryStorage())
    pilot = pilot_for(small_story(), lang="en", saves=saves)
    speech = RecordingSpeech()
    pilot.app.context.speech = speech
    choose(pilot, "tab-sound", "read-on")
    assert saves.load_settings().read_aloud
    assert speech.said == ["Read aloud"]  # turning it on says something at once
    speech.said.clear()
    to_dialogue(pilot)
    pilot.press("confirm", "confirm")
    assert pilot.top_scene_is(ChoiceScene)
    pilot.click("choice-0")
    pilot.click("answer-0")
    assert speech.said == [
        "Chapter One. Before we start. There are no scary scenes. The first chapter begins.",
        "Hello! I am Owl.",
        "This is the second line.",
        "What will you do? 1. Wave. 2. Smile.",
        "Who can you tell? 1. Nobody. 2. A trusted adult.",
        "Let's think again. You don't have to keep it to yourself.",
    ]
    pilot.click("next")
    assert speech.said[-1] == "Who can you tell? 2. A trusted adult."  # the tried answer is not read again


def test_read_aloud_rate_and_off(pilot_for):
    """The rate is saved; turning read-aloud off stops the voice and nothing more is asked for."""
    saves = Saves(MemoryStorage())
    pilot = pilot_for(small_story(), saves=saves)
    speech = RecordingSpeech()
    pilot.app.context.speech = speech
    choose(pilot, "tab-sound", "read-on", "rate-slow", "read-off")
    assert saves.load_settings().speech_rate == "slow" and not saves.load_settings().read_aloud
    assert speech.stopped == 1
    speech.said.clear()
    to_dialogue(pilot)
    assert speech.said == []


@pytest.mark.parametrize(("available", "shows_note"), [(False, True), (True, False)])
def test_read_aloud_row_says_it_works_in_the_browser_on_desktop(pilot_for, available, shows_note):
    """Without a page to speak in, a short note under the row explains where read-aloud works."""
    pilot = pilot_for(small_story(), lang="en")
    if available:
        pilot.app.context.speech = RecordingSpeech()
    pilot.click("settings")
    pilot.click("tab-sound")
    scene = pilot.top_scene
    assert isinstance(scene, SettingsScene)
    assert (scene.read_aloud_note() == ui("read-aloud-web", "en")) is shows_note


# -- keyboard ----------------------------------------------------------------------------------


def test_settings_keyboard_up_down_jump_rows_and_esc_closes(pilot_for):
    """Up and Down move row by row onto each row's chosen option; Enter on a tab opens it; Esc closes."""
    pilot = pilot_for(small_story())
    pilot.click("settings")
    scene = pilot.top_scene
    assert scene.buttons.focused.id == "done"
    pilot.press("up")
    assert scene.buttons.focused.id == "motion-normal"
    pilot.press("up", "up", "up", "up", "up")
    assert scene.buttons.focused.id == "tab-display"
    pilot.press("right", "confirm")
    assert scene.tab == "sound" and scene.buttons.focused.id == "tab-sound"
    pilot.press("down")
    assert scene.buttons.focused.id == "sound-on"
    pilot.press("menu")
    assert not pilot.top_scene_is(SettingsScene)


# -- pictures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_settings_at_the_largest_size_in_high_contrast_looks_right(pilot_for, lang):
    """The display tab after choosing the largest text and high contrast."""
    pilot = pilot_for(small_story(), lang=lang)
    pilot.click("settings")
    pilot.click("size-largest")
    pilot.click("contrast-high")
    pilot.snapshot(f"settings-largest-contrast-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_sound_tab_looks_right(pilot_for, lang):
    """The sound tab: sound, volume, read-aloud with its desktop note, and reading speed."""
    pilot = pilot_for(small_story(), lang=lang)
    pilot.click("settings")
    pilot.click("tab-sound")
    pilot.snapshot(f"settings-sound-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_helplines_tab_looks_right(pilot_for, lang):
    """The helplines tab with the region's name between arrows and its numbers below."""
    pilot = pilot_for(two_regions_story(), lang=lang)
    pilot.click("settings")
    pilot.click("tab-helplines")
    pilot.snapshot(f"settings-helplines-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_dialogue_at_the_largest_size_in_high_contrast_looks_right(pilot_for, lang):
    """A long line at the largest size in high contrast: the box has grown upward, ink is black on white."""
    pilot = pilot_for(long_line_story(), lang=lang)
    choose(pilot, "size-largest", "contrast-high")
    to_dialogue(pilot)
    pilot.snapshot(f"dialogue-largest-contrast-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_real_line_fits_the_grown_box_at_the_largest_size(display, lang):
    """At the largest text size every line of the real story fits the dialogue box without getting smaller."""
    from pathlib import Path

    from game.content.compile import load_story_dir
    from game.placeholders import fill
    from game.story import LineStep
    from game.ui.text import TextRenderer
    from game.ui.text_box import Typewriter
    from scenes import dialogue

    story = load_story_dir(Path(__file__).resolve().parents[2] / "story")
    region = story.regions.get(story.default_region)
    text = TextRenderer(scale=1.3)
    room = dialogue.MAX_BOX_HEIGHT - 2 * dialogue.PADDING - dialogue.TIP_ROOM
    too_long = [step.id for chapter in story.chapters for step in chapter.steps if isinstance(step, LineStep)
                if Typewriter(text, fill(step.text.get(lang), region, lang), theme.BODY_SIZE, theme.INK,
                              dialogue.BOX.width - 2 * dialogue.PADDING, 0).height > room]
    assert too_long == []
