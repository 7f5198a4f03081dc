"""Interface words (buttons, headings) in Korean and English; story text lives in story/, not here."""

from __future__ import annotations

from game.story import Text

UI: dict[str, Text] = {
    "start": Text("처음부터 시작하기", "Start"),
    "continue": Text("이어하기", "Continue"),
    "settings": Text("설정", "Settings"),
    "quit": Text("끝내기", "Quit"),
    "menu": Text("메뉴", "Menu"),
    "back": Text("◀ 뒤로", "◀ Back"),
    "next": Text("계속", "Continue"),
    "begin": Text("시작해요", "Let's begin"),
    "resume": Text("계속하기", "Keep playing"),
    "to-title": Text("첫 화면으로", "Title screen"),
    "pause-heading": Text("잠깐 쉬어요", "Paused"),
    "pause-saved": Text("지금까지 한 것은 저장되어 있어요.", "Your place is saved."),
    "start-over-heading": Text("처음부터 다시 할까요?", "Start again from the beginning?"),
    "start-over-body": Text(
        "저장된 곳은 지워지고 프롤로그부터 다시 시작해요.",
        "Your saved place will be cleared and the story starts again.",
    ),
    "yes-start-over": Text("네, 처음부터 할래요", "Yes, start again"),
    "no-keep": Text("아니요, 그대로 둘래요", "No, keep my place"),
    "damaged-save": Text(
        "저장된 게임을 읽을 수 없어서 처음부터 시작해요.",
        "The saved game could not be read, so the story starts from the beginning.",
    ),
    "content-note": Text("미리 알려 줄게요", "Before we start"),
    "chapter-done": Text("이야기 하나를 마쳤어요!", "Chapter complete!"),
    "award-badge": Text("배지를 받았어요!", "You earned a badge!"),
    "award-piece": Text("시간 조각을 찾았어요!", "You found a time piece!"),
    "quiz-right": Text("맞아요!", "That's right!"),
    "quiz-again": Text("다시 생각해 봐요", "Let's think again"),
    "try-again": Text("다른 답을 골라 볼까요?", "Pick another answer"),
    "points": Text("별 {n}개를 받았어요", "You earned {n} star(s)"),
    "settings-heading": Text("설정", "Settings"),
    "language": Text("언어", "Language"),
    "text-speed": Text("글자 속도", "Text speed"),
    "speed-slow": Text("느리게", "Slow"),
    "speed-normal": Text("보통", "Normal"),
    "speed-fast": Text("빠르게", "Fast"),
    "speed-instant": Text("바로", "Instant"),
    "done": Text("완료", "Done"),
    "keys-hint": Text(
        "Enter·Space: 다음   Backspace: 뒤로   Esc: 메뉴",
        "Enter/Space: next   Backspace: back   Esc: menu",
    ),
}


def ui(key: str, lang: str, **values: object) -> str:
    """The interface text `key` in `lang`, with `{name}` placeholders filled from `values`."""
    text = UI[key].get(lang)
    return text.format(**values) if values else text
