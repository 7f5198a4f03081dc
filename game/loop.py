"""The async main loop shared by desktop and browser: one `App.step`, a flip when it drew, one yield per frame."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable

import pygame

from game.app import App
from game.clock import RealClock

FRAME_SECONDS = 1 / 60
FIRST_FRAME_ONLY = "TIME_STOPPED_FIRST_FRAME_ONLY"  # `python -m game bench`: stop after the first frame is shown


async def run(app: App, first_frame: Callable[[], None] | None = None) -> None:
    """Drive `app` until it stops running; yields to the event loop every frame (the browser needs it).

    A frame that drew nothing is not flipped: the window keeps showing the same picture, and a still
    screen costs only its input check. In the browser the page's animation frame paces the loop, so it
    yields with zero delay every frame; on desktop it sleeps (without blocking) for the rest of the
    frame, so it does not spin a core and input still reaches the game within one frame. `first_frame`
    is called once, right after the first frame is shown.
    """
    clock = RealClock()
    paced_by_browser = sys.platform == "emscripten"
    first_frame_only = bool(os.environ.get(FIRST_FRAME_ONLY))
    shown = False
    while app.running:
        started = time.perf_counter()
        if app.step(clock.tick(), pygame.event.get()) or not shown:
            pygame.display.flip()
            if not shown:
                shown = True
                if first_frame is not None:
                    first_frame()
                if first_frame_only:
                    print(f"FIRST_FRAME {time.time()!r}", file=sys.stderr, flush=True)  # read by the benchmark
                    return
        delay = 0.0 if paced_by_browser else max(0.0, FRAME_SECONDS - (time.perf_counter() - started))
        await asyncio.sleep(delay)
