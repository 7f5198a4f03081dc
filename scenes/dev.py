"""Writers' preview (`play --dev`): the overlay listing content errors after a failed F5 reload."""

from __future__ import annotations

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.ui.panel import veil

MAX_LINES = 12
MARGIN = 40
FONT_SIZE = 20
BOX = (24, 12, 16, 235)
HEADING = (255, 190, 120)
LINE = (240, 236, 228)
SOFT = (190, 186, 178)


class ContentErrorScene(Scene):
    """Lists the first `MAX_LINES` errors as `file:line:col: error[code]: message`; Esc closes, F5 retries."""

    opaque = False
    resumes_below = False  # closing it keeps the old story exactly where it was

    def __init__(self, errors: list[str]) -> None:
        super().__init__()
        self.errors = errors

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        ctx.audio.play("page")

    def lines(self) -> list[str]:
        """What is shown: the first errors (first line of each), then how many more there are."""
        shown = [error.splitlines()[0] for error in self.errors[:MAX_LINES]]
        if len(self.errors) > MAX_LINES:
            shown.append(f"... and {len(self.errors) - MAX_LINES} more")
        return shown

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK):
            self.finish()
        return True

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size()), (0, 0))
        width = surface.get_width() - 2 * MARGIN
        text = self.ctx.text
        heading = text.render(f"The story has {len(self.errors)} error(s); still playing the old story.",
                              24, HEADING, bold=True)
        footer = text.render("Fix the files and press F5 to try again · Esc closes this", FONT_SIZE, SOFT)
        rows = [text.render(line, FONT_SIZE, LINE, width=width - 40) for line in self.lines()]
        height = heading.get_height() + footer.get_height() + sum(r.get_height() + 6 for r in rows) + 70
        box = pygame.Surface((width, min(height, surface.get_height() - 2 * MARGIN)), pygame.SRCALPHA)
        box.fill(BOX)
        box.blit(heading, (20, 20))
        y = 20 + heading.get_height() + 16
        for row in rows:
            box.blit(row, (20, y))
            y += row.get_height() + 6
        box.blit(footer, (20, box.get_height() - 20 - footer.get_height()))
        surface.blit(box, (MARGIN, MARGIN))
