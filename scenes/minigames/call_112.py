"""Call 112: dial the region's danger-now number on a big keypad, then answer a friendly operator's questions.

Stage "dial": a phone with keys 0-9. A wrong key is never typed in: the display shows it for a moment,
a hint names the number and the next key, and focus jumps to that key. The Call button turns green
when the whole number is in. Stage "talk": the operator asks the questions in order; each answer
is a button (never text entry). A wrong answer shows its kind feedback and stays greyed out; a right one
shows its feedback and a Next button. Stage "thanks": the operator thanks the child, then the game ends.

The call follows the region's real call flow: where call-takers first ask which service you need (999, 000,
112 in Europe: `asks_service` in the region file), that is the first question; Korea's 112 answers directly.
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import lru_cache

import pygame

from game.input import InputEvent
from game.scene import SceneContext
from game.story import MinigameItem, MinigameQuestion
from game.ui import theme
from game.ui.panel import panel
from game.ui.portrait import portrait
from game.ui.strings import UI, ui
from game.ui.widgets import ARROWS, Button
from scenes import register_minigame
from scenes.minigame import MinigameScene
from scenes.minigames._cards import inside

KEY_ORDER = "1234567890"
KEY_W, KEY_H, KEY_GAP_X, KEY_GAP_Y = 100, 76, 16, 10
PHONE = pygame.Rect(90, 96, 380, 612)
DISPLAY = pygame.Rect(PHONE.left + 24, PHONE.top + 28, PHONE.width - 48, 84)
KEYS_TOP = DISPLAY.bottom + 22
CALL = pygame.Rect(PHONE.left + 24, KEYS_TOP + 4 * (KEY_H + KEY_GAP_Y) + 6, PHONE.width - 48, 76)
SIDE_X, SIDE_W = 510, 740
FLASH_SECONDS = 0.9

PORTRAIT_SIZE = 250
BUBBLE = pygame.Rect(330, 100, 920, 130)
ANSWER_X, ANSWER_W, ANSWER_H, ANSWER_GAP = 330, 920, 66, 10
ANSWERS_TOP = BUBBLE.bottom + 18
BOTTOM = 708
OPERATOR_COLOR = "#90be6d"  # the story's operator colour, used when the story has no "operator" character
PHONE_BODY: tuple[int, int, int] = (58, 62, 86)
SCREEN: tuple[int, int, int] = (222, 242, 228)


def dial_digits(number: str) -> str:
    """The keys to press for a helpline number as written in a region file ("0800 1111" → "08001111")."""
    return "".join(ch for ch in number if ch.isdigit())


def _answer(ident: str, group: str) -> MinigameItem:
    return MinigameItem(ident, UI[f"call-112-service-{ident}"], group, UI[f"call-112-service-{ident}-feedback"])


# Asked first where the call-taker asks which service you need. "I'm not sure" is right too: they put you through.
SERVICE_QUESTION = MinigameQuestion("service", UI["call-112-service"],
                                    (_answer("police", "right"), _answer("fire", "wrong"), _answer("unsure", "right")))


def call_questions(questions: tuple[MinigameQuestion, ...], asks_service: bool) -> tuple[MinigameQuestion, ...]:
    """The questions of a practice call: the pool's, after "which service?" where the region's call-takers ask it."""
    return (SERVICE_QUESTION, *questions) if asks_service else questions

def _key_rect(digit: str) -> pygame.Rect:
    index = KEY_ORDER.index(digit)
    row, col = (3, 1) if digit == "0" else divmod(index, 3)
    return pygame.Rect(PHONE.left + 24 + col * (KEY_W + KEY_GAP_X), KEYS_TOP + row * (KEY_H + KEY_GAP_Y),
                       KEY_W, KEY_H)


@lru_cache(maxsize=2)  # full-screen: with and without the phone
def _backdrop(size: tuple[int, int], with_phone: bool) -> pygame.Surface:
    """A warm wall, with the phone body drawn on it for dialling (static, drawn once)."""
    image = pygame.Surface(size)
    width, height = size
    for y in range(0, height, 4):
        t = y / height
        pygame.draw.rect(image, (int(255 - 12 * t), int(238 - 30 * t), int(214 - 34 * t)), (0, y, width, 4))
    for x in range(-40, width, 120):  # soft wallpaper stripes
        pygame.draw.rect(image, (255, 244, 226), (x, 0, 40, height))
    if not with_phone:
        return image
    shadow = PHONE.move(8, 10)
    pygame.draw.rect(image, (200, 170, 140), shadow, border_radius=46)
    pygame.draw.rect(image, PHONE_BODY, PHONE, border_radius=46)
    pygame.draw.rect(image, (90, 96, 126), PHONE, width=4, border_radius=46)
    pygame.draw.rect(image, (38, 40, 58), (PHONE.centerx - 40, PHONE.top + 10, 80, 8), border_radius=4)
    pygame.draw.rect(image, SCREEN, DISPLAY, border_radius=16)
    pygame.draw.rect(image, (160, 196, 172), DISPLAY, width=3, border_radius=16)
    return image


def _operator(color: str, expression: str, size: int) -> pygame.Surface:
    """The operator: their own portrait, headset and all (drawn once and cached by `portrait`)."""
    return portrait("operator", color, expression, size)


def _phone_icon(surface: pygame.Surface, center: tuple[int, int], color: tuple[int, int, int]) -> None:
    """A small handset drawn with shapes (the bundled font has no phone glyph we can rely on)."""
    cx, cy = center
    pygame.draw.circle(surface, color, (cx, cy), 22)
    pygame.draw.line(surface, theme.WHITE, (cx - 9, cy + 9), (cx + 9, cy - 9), 8)
    pygame.draw.circle(surface, theme.WHITE, (cx - 10, cy + 10), 6)
    pygame.draw.circle(surface, theme.WHITE, (cx + 10, cy - 10), 6)


@register_minigame
class Call112Scene(MinigameScene):
    """Practise a call to the report number: dial it, then answer the operator with buttons."""

    NAME = "call-112"

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        phone = self.phone("danger")
        self.shown_number = phone.number or ""
        self.number = dial_digits(self.shown_number)
        self.questions = call_questions(self.pool.questions, phone.asks_service)
        self.note = ctx.say(phone.note)
        character = ctx.story.characters.get("operator")
        self.operator_color = character.color if character else OPERATOR_COLOR
        self.stage = "dial"
        self.dialled = ""
        self.flash: tuple[str, float] | None = None  # a wrong key shown for a moment
        self.hint = "dial"  # dial | wrong | ready
        self.question_index = 0
        self.tried: set[str] = set()
        self.picked: MinigameItem | None = None  # the last answer picked for this question
        self.shown: list[Button] = []  # the right answer, drawn (not pressable) above its feedback
        self.feedback: tuple[pygame.Surface, pygame.Surface] | None = None  # heading and words of the pick
        self.fits: list[tuple[pygame.Rect, pygame.Rect]] = []  # words drawn last frame, each with its box
        self._show_keypad(focus=0)

    # -- stage 1: dialling ---------------------------------------------------------------

    def _show_keypad(self, focus: int) -> None:
        lang = self.ctx.lang
        keys = [Button(f"key-{d}", _key_rect(d), label=d, size=44) for d in KEY_ORDER]
        self.call_button = Button("call", CALL, label=ui("call-112-call", lang), size=theme.BODY_SIZE + 2,
                                  tone=theme.RIGHT, enabled=len(self.dialled) == len(self.number))
        self.set_buttons([*keys, self.call_button], focus=focus)

    def _focus(self, ident: str) -> None:
        self.buttons.focus = next(i for i, b in enumerate(self.buttons.buttons) if b.id == ident)

    def _dial(self, digit: str) -> None:
        if len(self.dialled) >= len(self.number):
            return
        expected = self.number[len(self.dialled)]
        if digit != expected:
            self.misses += 1
            self.flash = (digit, FLASH_SECONDS)
            self.hint = "wrong"
            self._focus(f"key-{expected}")  # the gentle hint, for keyboard players too
            return
        self.dialled += digit
        self.flash = None
        self.hint = "dial"
        if len(self.dialled) == len(self.number):
            self.hint = "ready"
            self.call_button.enabled = True
            self._focus("call")

    # -- stage 2: the operator's questions -------------------------------------------------

    @property
    def question(self) -> MinigameQuestion | None:
        """The question being asked, or None after the last one."""
        questions = self.questions
        return questions[self.question_index] if self.question_index < len(questions) else None

    def _start_question(self) -> None:
        self.tried = set()
        self.picked = None
        if self.question is None:
            self._show_thanks()
            return
        self.stage = "talk"
        self._show_answers()

    def _show_answers(self) -> None:
        question = self.question
        assert question is not None
        size = theme.SMALL_SIZE + 2
        if self.picked is not None and (self.picked.group == "right" or not self._answers_left(question)):
            rect = pygame.Rect(ANSWER_X, ANSWERS_TOP, ANSWER_W, ANSWER_H)
            self.shown = [Button(f"answer-{self.picked.id}", rect, label=self.ctx.say(self.picked.text), size=size,
                                 tone=theme.RIGHT if self.picked.group == "right" else theme.TRY_AGAIN,
                                 center=False)]
            self._layout_feedback(rect.bottom + 14, with_next=True)
            self.set_buttons([Button("next", self.next_rect, label=ui("next", self.ctx.lang))])
            return
        answers = []
        for index, item in enumerate(question.items):
            rect = pygame.Rect(ANSWER_X, ANSWERS_TOP + index * (ANSWER_H + ANSWER_GAP), ANSWER_W, ANSWER_H)
            answers.append(Button(f"answer-{item.id}", rect, label=self.ctx.say(item.text), size=size,
                                  enabled=item.id not in self.tried, center=False))
        self.shown = []
        self._layout_feedback(ANSWERS_TOP + len(answers) * (ANSWER_H + ANSWER_GAP) + 4)
        focus = next((i for i, b in enumerate(answers) if b.enabled), 0)
        self.set_buttons(answers, focus=focus)

    def _answers_left(self, question: MinigameQuestion) -> bool:
        """Whether an answer is still untried (False only if a question has no right answer: a content slip)."""
        return any(item.id not in self.tried for item in question.items)

    def _layout_feedback(self, top: int, with_next: bool = False) -> None:
        """Render the picked answer's feedback and size its panel (and the Next button inside it)."""
        self.feedback = None
        if self.picked is None:
            return
        text, lang = self.ctx.text, self.ctx.lang
        right = self.picked.group == "right"
        heading = text.render(ui("quiz-right" if right else "quiz-again", lang), theme.NAME_SIZE + 2,
                              theme.RIGHT_INK if right else theme.TRY_AGAIN_INK, bold=True)
        fixed = 26 + heading.get_height() + 10 + (24 + 66 if with_next else 0) + 30
        body = text.render_fitting_box(self.ctx.say(self.picked.feedback), theme.SMALL_SIZE + 2, theme.INK,
                                       ANSWER_W - 72, BOTTOM - top - fixed)
        height = fixed + body.get_height()
        self.feedback = (heading, body)
        self.feedback_box = pygame.Rect(ANSWER_X, top, ANSWER_W, min(height, BOTTOM - top))
        self.next_rect = pygame.Rect(0, 0, 300, 66)
        self.next_rect.bottomright = (self.feedback_box.right - 26, self.feedback_box.bottom - 24)

    def _answer(self, item_id: str) -> None:
        question = self.question
        assert question is not None
        item = next(i for i in question.items if i.id == item_id)
        self.picked = item
        if item.group != "right":
            self.misses += 1
            self.tried.add(item.id)
        self._show_answers()

    def _show_thanks(self) -> None:
        self.stage = "thanks"
        rect = pygame.Rect(0, 0, 420, 76)
        rect.midtop = (BUBBLE.centerx, 470)
        self.set_buttons([Button("done", rect, label=ui("next", self.ctx.lang))])

    def next_move(self) -> str | None:
        """The right key, then Call, then each right answer and Next, then the closing button."""
        if self.stage == "dial":
            return "call" if len(self.dialled) == len(self.number) else f"key-{self._expected()}"
        if self.stage == "thanks":
            return "done"
        question = self.question
        if question is None or self.shown:
            return "next"
        right = next((item for item in question.items if item.group == "right"), None)
        return f"answer-{right.id}" if right is not None else None

    # -- input --------------------------------------------------------------------------

    def handle(self, event: InputEvent) -> bool:
        if event.action in ARROWS:
            self.buttons.move_by_position(event.action)
            return True
        return super().handle(event)

    def on_press(self, ident: str) -> None:
        if ident.startswith("key-"):
            self._dial(ident.removeprefix("key-"))
        elif ident == "call":
            self._start_question()
        elif ident.startswith("answer-") and self.stage == "talk" and not self.shown:
            self._answer(ident.removeprefix("answer-"))
        elif ident == "next":
            self.question_index += 1
            self._start_question()
        elif ident == "done":
            self.finish_game()

    def update(self, dt: float) -> None:
        if self.flash is not None:
            digit, left = self.flash
            self.flash = (digit, left - dt) if left > dt else None

    # -- drawing ------------------------------------------------------------------------

    def exit(self) -> None:
        _backdrop.cache_clear()  # full-screen pictures only this game needs: give the memory back

    def look(self) -> Hashable | None:
        if self.flash is not None:
            return None  # a wrong key is fading out
        picked = self.picked.id if self.picked is not None else None
        return (self.stage, self.dialled, self.hint, self.question_index, tuple(sorted(self.tried)), picked,
                self.feedback is not None, self.buttons.look(), tuple(button.look() for button in self.shown))

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(_backdrop(surface.get_size(), self.stage == "dial"), (0, 0))
        self.fits = []
        if self.stage == "dial":
            self._draw_dial(surface)
        else:
            self._draw_operator(surface)
        for button in self.shown if self.stage == "talk" else []:
            button.draw(surface, self.ctx.text, focused=False)
        self.buttons.draw(surface, self.ctx.text)

    def _draw_dial(self, surface: pygame.Surface) -> None:
        text, lang, say = self.ctx.text, self.ctx.lang, self.ctx.say
        self._draw_display(surface)
        y = PHONE.top + 8
        heading_key, hint_text, color = {
            "dial": ("call-112-dial-heading", ui("call-112-dial", lang), theme.INK),
            "wrong": ("call-112-wrong-heading", ui("call-112-wrong", lang, number=self.shown_number,
                                                   digit=self._expected()), theme.TRY_AGAIN_INK),
            "ready": ("call-112-ready-heading", ui("call-112-ready", lang), theme.RIGHT_INK),
        }[self.hint]
        width = SIDE_W - 72
        title = text.render(say(self.pool.title), theme.HEADING_SIZE, theme.INK, bold=True, width=SIDE_W - 60)
        heading = text.render_fitting(ui(heading_key, lang), theme.NAME_SIZE + 2, color, width, bold=True)
        label = text.render(ui("call-112-good-to-know", lang), theme.SMALL_SIZE, theme.INK_SOFT, bold=True)
        # The wrapped words (instructions, hint, note) share what the panels leave of the column: at big text
        # sizes they step down together until all three panels fit above the bottom.
        words = [(say(self.pool.instructions), theme.SMALL_SIZE + 2), (hint_text, theme.BODY_SIZE)]
        fixed = 2 * 56 + 16 + title.get_height() + 10 + heading.get_height() + 10
        if self.note:
            words.append((self.note, theme.SMALL_SIZE))
            fixed += 16 + 56 + label.get_height() + 6
        for step in range(0, 12, 2):
            blocks = [text.render(words_text, size - step, theme.INK, width=width) for words_text, size in words]
            if fixed + sum(block.get_height() for block in blocks) <= BOTTOM - y:
                break
        body, hint, *note = blocks
        y = self._side_panel(surface, y, [(title, 10), (body, 0)])
        y = self._side_panel(surface, y + 16, [(heading, 10), (hint, 0)])
        if note:
            self._side_panel(surface, y + 16, [(label, 6), (note[0], 0)])

    def _expected(self) -> str:
        return self.number[len(self.dialled)] if len(self.dialled) < len(self.number) else ""

    def _side_panel(self, surface: pygame.Surface, top: int,
                    blocks: list[tuple[pygame.Surface, int]]) -> int:
        """A panel in the right column sized to `blocks` (surface, gap after); returns its bottom."""
        height = 56 + sum(block.get_height() + gap for block, gap in blocks)
        surface.blit(panel((SIDE_W, height)), (SIDE_X, top))
        box = inside(pygame.Rect(SIDE_X, top, SIDE_W, height))
        y = top + 26
        for block, gap in blocks:
            surface.blit(block, (SIDE_X + 36, y))
            self.fits.append((block.get_rect(topleft=(SIDE_X + 36, y)), box))
            y += block.get_height() + gap
        return top + height

    def text_fits(self) -> list[tuple[pygame.Rect, pygame.Rect]]:
        """The words drawn last frame (side panels, bubble, feedback), each with the box it must stay inside."""
        return list(self.fits)

    def _draw_display(self, surface: pygame.Surface) -> None:
        """The dialled digits, blanks for the rest, and a wrong key fading out in the next blank."""
        text = self.ctx.text
        slots = list(self.dialled) + ["_"] * (len(self.number) - len(self.dialled))
        surfaces = [text.render(ch, 52, theme.INK, bold=True) for ch in slots]
        if self.flash is not None and len(self.dialled) < len(surfaces):
            surfaces[len(self.dialled)] = text.render(self.flash[0], 52, theme.TRY_AGAIN_INK, bold=True)
        gap = 14 if len(slots) <= 5 else 4
        total = sum(s.get_width() for s in surfaces) + gap * (len(surfaces) - 1)
        scale = min(1.0, (DISPLAY.width - 32) / max(1, total))
        x = DISPLAY.centerx - int(total * scale) // 2
        for digit in surfaces:
            if scale < 1.0:
                digit = pygame.transform.smoothscale_by(digit, scale)
            surface.blit(digit, digit.get_rect(midleft=(x, DISPLAY.centery)))
            x += digit.get_width() + int(gap * scale)

    def _draw_operator(self, surface: pygame.Surface) -> None:
        text, lang, say = self.ctx.text, self.ctx.lang, self.ctx.say
        pill = pygame.Rect(24, 18, 430, 64)
        pygame.draw.rect(surface, theme.PAPER, pill, border_radius=32)
        pygame.draw.rect(surface, theme.PAPER_EDGE, pill, width=3, border_radius=32)
        _phone_icon(surface, (pill.left + 40, pill.centery), theme.RIGHT)
        label = text.render_fitting(ui("call-112-on-call", lang, number=self.shown_number), theme.SMALL_SIZE + 2,
                                    theme.INK, pill.width - 100, bold=True)
        surface.blit(label, label.get_rect(midleft=(pill.left + 76, pill.centery)))
        expression = "happy" if self.stage == "thanks" or self.picked is None or self.picked.group == "right" \
            else "calm"
        face = _operator(self.operator_color, expression, PORTRAIT_SIZE)
        face_rect = face.get_rect(midtop=(170, 96))
        surface.blit(face, face_rect)
        name = text.render(ui("call-112-operator", lang, number=self.shown_number), theme.NAME_SIZE,
                           theme.ink_on(theme.hex_color(self.operator_color)), bold=True)
        plate = name.get_rect(midtop=(face_rect.centerx, face_rect.bottom - 12)).inflate(36, 16)
        pygame.draw.rect(surface, theme.hex_color(self.operator_color), plate, border_radius=16)
        pygame.draw.rect(surface, theme.INK, plate, width=2, border_radius=16)
        surface.blit(name, name.get_rect(center=plate.center))
        if self.stage == "thanks":
            thanks = text.render(ui("call-112-thanks-heading", lang), theme.HEADING_SIZE, theme.RIGHT_INK, bold=True)
            self._draw_bubble(surface, [
                thanks,
                text.render_fitting_box(ui("call-112-thanks", lang), theme.BODY_SIZE + 2, theme.INK,
                                        BUBBLE.width - 90, 330 - 40 - thanks.get_height() - 16, center=True)],
                height=330)
            return
        self._draw_progress(surface, plate.bottom + 26)
        question = self.question
        assert question is not None
        prompt = text.render_fitting_box(say(question.prompt), theme.BODY_SIZE, theme.INK, BUBBLE.width - 90,
                                         BUBBLE.height - 24, bold=True, center=True)
        self._draw_bubble(surface, [prompt], height=BUBBLE.height)
        self._draw_feedback(surface)

    def _draw_bubble(self, surface: pygame.Surface, lines: list[pygame.Surface], height: int) -> None:
        box = pygame.Rect(BUBBLE.left, BUBBLE.top, BUBBLE.width, height)
        tail = [(box.left + 6, box.top + 50), (box.left - 30, box.top + 78), (box.left + 6, box.top + 96)]
        pygame.draw.polygon(surface, theme.PAPER_EDGE, [(x - 3, y) for x, y in tail])
        surface.blit(panel(box.size), box.topleft)
        pygame.draw.polygon(surface, theme.PAPER, [(x + 2, y) for x, y in tail])
        total = sum(line.get_height() for line in lines) + 16 * (len(lines) - 1)
        y = box.centery - total // 2 - 2
        for line in lines:
            surface.blit(line, line.get_rect(midtop=(box.centerx, y)))
            self.fits.append((line.get_rect(midtop=(box.centerx, y)), inside(box)))
            y += line.get_height() + 16

    def _draw_progress(self, surface: pygame.Surface, top: int) -> None:
        count = len(self.questions)
        label = self.ctx.text.render(ui("call-112-question", self.ctx.lang, n=self.question_index + 1, total=count),
                                     theme.SMALL_SIZE, theme.INK_SOFT, bold=True)
        surface.blit(label, label.get_rect(midtop=(170, top)))
        left = 170 - (count - 1) * 16
        for index in range(count):
            done = index < self.question_index
            color = theme.RIGHT if done else theme.GOLD if index == self.question_index else theme.BUTTON_DISABLED
            pygame.draw.circle(surface, color, (left + index * 32, top + 50), 10)

    def _draw_feedback(self, surface: pygame.Surface) -> None:
        if self.feedback is None:
            return
        heading, body = self.feedback
        box = self.feedback_box
        surface.blit(panel(box.size), box.topleft)
        surface.blit(heading, (box.left + 36, box.top + 24))
        surface.blit(body, (box.left + 36, box.top + 36 + heading.get_height()))
        paper = inside(box)
        self.fits.append((heading.get_rect(topleft=(box.left + 36, box.top + 24)), paper))
        words = body.get_rect(topleft=(box.left + 36, box.top + 36 + heading.get_height()))
        if self.shown:  # the Next button sits at the panel's foot: the words stay above it
            paper = paper.clip(pygame.Rect(box.left, box.top, box.width, self.next_rect.top - box.top))
        self.fits.append((words, paper))
