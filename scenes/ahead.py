"""What the next steps of the story will show, as `Prefetcher` jobs: their places, faces and mini-games."""

from __future__ import annotations

from collections.abc import Callable

from game.runner import StoryRunner
from game.scene import SceneContext
from game.story import LineStep, MinigameStep

LOOKAHEAD = 4  # steps ahead in the chapter (a branch may skip some: a wasted job only fills a cache)
LINES_AHEAD = 2  # lines whose words are rendered ahead (the text cache is bounded; nearer lines matter most)

Job = Callable[[], object]


def ahead_jobs(ctx: SceneContext, runner: StoryRunner) -> list[Job]:
    """Jobs that draw what the next few steps after the current one need, nearest first."""
    state = runner.state
    chapter = ctx.story.chapter(state.chapter_id)
    ids = [step.id for step in chapter.steps]
    if state.step_id not in ids:
        return []
    index = ids.index(state.step_id)
    jobs: list[Job] = []
    backdrop_planned = False  # one place ahead: its cache holds two, and one of them is the place on screen
    lines = 0
    for step in chapter.steps[index + 1:index + 1 + LOOKAHEAD]:
        if isinstance(step, LineStep):
            speaker = ctx.story.characters.get(step.speaker) if step.speaker else None
            if lines < LINES_AHEAD:
                lines += 1
                jobs.append(_words_job(ctx, ctx.say(step.text),
                                       (ctx.say(speaker.name), speaker.color) if speaker is not None else None))
            if speaker is not None:
                jobs.append(_portrait_job(speaker.id, speaker.color, step.expression))
            if step.background and step.background != state.background and not backdrop_planned:
                backdrop_planned = True
                jobs.append(_backdrop_job(step.background, ctx.size))
        elif isinstance(step, MinigameStep):
            jobs.append(_minigames_job)
    if chapter.steps[index].kind == "chapter_end":  # the town map comes next: one place picture a job
        jobs += _map_jobs(ctx, state.completed, state.chapter_id)
        if state.background:
            jobs.append(_backdrop_job(state.background, ctx.size))  # the places' drawings pushed it out of its cache
    return jobs


def _map_jobs(ctx: SceneContext, completed: list[str], finishing: str) -> list[Job]:
    """The round place pictures the map draws: restored for chapters done (and the one finishing), else frozen."""
    from scenes.map import place_backdrops

    jobs: list[Job] = []
    for chapter in ctx.story.chapters:
        frozen, restored = place_backdrops(chapter)
        done = chapter.id in completed or chapter.id == finishing
        if chapter.id == finishing:
            jobs.append(_place_job(frozen, True))  # its picture warms up from frozen to restored
        jobs.append(_place_job(restored, False) if done else _place_job(frozen, True))
    return jobs


def _place_job(name: str, frozen: bool) -> Job:
    def job() -> object:
        from scenes.map import place_picture

        return place_picture(name, frozen)

    return job


def _words_job(ctx: SceneContext, line: str, speaker: tuple[str, str] | None) -> Job:
    """Render a line's words (and its speaker's name plate) into the text cache, as the dialogue will."""
    def job() -> object:
        from scenes.dialogue import fit_line, name_plate_text

        if speaker is not None:
            name_plate_text(ctx, *speaker)
        return fit_line(ctx, line, 0.0)

    return job


def _portrait_job(character: str, color: str, expression: str | None) -> Job:
    def job() -> object:
        from game.ui.portrait import portrait
        from scenes.dialogue import PORTRAIT_SIZE

        return portrait(character, color, expression, PORTRAIT_SIZE)

    return job


def _backdrop_job(name: str, size: tuple[int, int]) -> Job:
    def job() -> object:
        from game.ui.backdrops import backdrop

        return backdrop(name, size)

    return job


def _minigames_job() -> object:
    import scenes.minigames  # registers the mini-games: importing them is the first mini-game's cost

    return scenes.minigames
