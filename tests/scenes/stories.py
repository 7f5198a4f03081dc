"""Tiny inline stories for scene tests (never the real chapters)."""

from __future__ import annotations

MANIFEST = """
title: {ko: "작은 이야기", en: "A Small Story"}
chapters: [one, two]
characters:
  owl: {name: {ko: "부엉이", en: "Owl"}, color: "#8fb8de"}
variables:
  kind: 0
badges:
  listener: {name: {ko: "잘 듣는 친구", en: "Good Listener"}}
time_pieces:
  one: {name: {ko: "첫 조각", en: "First Piece"}}
"""

CHAPTER_ONE = """
id: one
title: {ko: "첫 이야기", en: "Chapter One"}
intro: {ko: "첫 이야기가 시작돼요.", en: "The first chapter begins."}
outro: {ko: "첫 이야기를 마쳤어요.", en: "The first chapter is done."}
content_note: {ko: "무서운 장면은 없어요.", en: "There are no scary scenes."}
steps:
  - id: hello
    kind: line
    speaker: owl
    expression: happy
    background: keepers-world
    text: {ko: "안녕하세요! 저는 부엉이예요.", en: "Hello! I am Owl."}
  - id: second
    kind: line
    text: {ko: "두 번째 줄이에요.", en: "This is the second line."}
  - id: pick
    kind: choice
    prompt: {ko: "어떻게 할까요?", en: "What will you do?"}
    options:
      - id: wave
        text: {ko: "손을 흔들어요", en: "Wave"}
      - id: smile
        text: {ko: "웃어요", en: "Smile"}
        set: {kind: kind + 1}
        feedback: {ko: "웃음은 따뜻해요.", en: "A smile is warm."}
  - id: question
    kind: quiz
    question: {ko: "누구에게 말할 수 있을까요?", en: "Who can you tell?"}
    answers:
      - id: nobody
        text: {ko: "아무에게도", en: "Nobody"}
        explanation: {ko: "혼자 참지 않아도 돼요.", en: "You don't have to keep it to yourself."}
      - id: adult
        text: {ko: "믿을 수 있는 어른", en: "A trusted adult"}
        correct: true
        explanation: {ko: "맞아요. 어른이 도와줄 거예요.", en: "Yes. A trusted adult can help."}
  - id: piece
    kind: award
    time_piece: one
    text: {ko: "조각을 찾았어요.", en: "You found a piece."}
  - id: end
    kind: chapter_end
"""

CHAPTER_TWO = """
id: two
title: {ko: "두 번째 이야기", en: "Chapter Two"}
intro: {ko: "두 번째 이야기예요.", en: "The second chapter."}
outro: {ko: "끝", en: "Done"}
steps:
  - id: check
    kind: if
    condition: kind >= 1
    target: warm
  - id: plain
    kind: line
    text: {ko: "조용한 하루예요.", en: "A quiet day."}
  - id: warm
    kind: line
    text: {ko: "따뜻한 하루예요.", en: "A warm day."}
  - id: fin
    kind: ending
    title: {ko: "다시 흐르는 시간", en: "Time Moves Again"}
    text: {ko: "잘했어요!", en: "Well done!"}
"""


def small_story() -> dict[str, str]:
    """The two-chapter story used by most scene tests."""
    return {"story.yaml": MANIFEST, "one.yaml": CHAPTER_ONE, "two.yaml": CHAPTER_TWO}


def minigame_chapter(name: str, pool: str = "test") -> str:
    """A one-chapter story around mini-game `name` and its `pool`: "perfect" leads to `great`, else `fine`."""
    return f"""
id: one
title: {{ko: "놀이", en: "Play"}}
intro: {{ko: "시작", en: "Start"}}
outro: {{ko: "끝", en: "End"}}
steps:
  - id: game
    kind: minigame
    name: {name}
    params: {{pool: {pool}}}
    results: {{perfect: great}}
  - id: fine
    kind: line
    text: {{ko: "잘했어요", en: "Well done"}}
  - id: fine-end
    kind: ending
    title: {{ko: "끝", en: "End"}}
    text: {{ko: "끝", en: "End"}}
  - id: great
    kind: line
    text: {{ko: "완벽해요", en: "Perfect"}}
  - id: great-end
    kind: ending
    title: {{ko: "끝", en: "End"}}
    text: {{ko: "끝", en: "End"}}
"""


def region_yaml(region_id: str, name: str, number: str, asks_service: bool = False) -> str:
    """A region file whose danger-now and report channels are `number` (with a talk line and 119 beside them).

    `asks_service`: its call-takers first ask which service (like 999).
    """
    return f"""
id: {region_id}
name: {{ko: "{name}", en: "{name}"}}
numbers:
  danger:
    number: "{number}"
    name: {{ko: "경찰", en: "the police"}}
    asks_service: {str(asks_service).lower()}
    source: "test"
  talk:
    number: "1388"
    name: {{ko: "상담 전화", en: "the helpline"}}
    source: "test"
  report:
    number: "{number}"
    name: {{ko: "경찰", en: "the police"}}
    source: "test"
  emergency:
    number: "119"
    name: {{ko: "구급대", en: "an ambulance"}}
    source: "test"
"""


def press_confirm_while_on(pilot, scene_type: type, limit: int = 60) -> None:
    """Press Enter until the pilot leaves `scene_type` (at most `limit` presses)."""
    for _ in range(limit):
        if not pilot.top_scene_is(scene_type):
            return
        pilot.press("confirm")


def play_scripted_moves(pilot, scene_type: type, limit: int = 40) -> None:
    """Play a mini-game by its own `next_move`, pressing Enter whenever a feedback panel waits."""
    game = pilot.top_scene
    for _ in range(limit):
        if not pilot.top_scene_is(scene_type):
            return
        move = game.next_move()
        if move is None:
            assert game.feedback is not None, "next_move gave no move but no panel is waiting"
            pilot.press("confirm")
        else:
            pilot.click(move)
