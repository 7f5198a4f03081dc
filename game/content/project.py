"""The validated story as lint sees it: the manifest, chapters, mini-game content and regions, with their files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from game.content.schema import ChapterSpec, MinigamePoolSpec, MinigamesSpec, RegionSpec, StepSpec, StorySpec
from game.content.source import SourceFile


@dataclass
class ChapterSource:
    """A validated chapter with the file it came from."""

    source: SourceFile
    spec: ChapterSpec
    invalid_step_ids: frozenset[str] = frozenset()  # steps that failed validation (None in spec.steps)

    def id_at(self, index: int) -> str | None:
        """The id of step `index`, also of one that failed validation; None if it has no id (or is no mapping)."""
        step = self.spec.steps[index]
        if step is not None:
            return step.id
        raw = self.source.data["steps"][index]
        found = raw.get("id") if isinstance(raw, dict) else None
        return found if isinstance(found, str) else None

    def step_ids(self) -> list[tuple[int, str]]:
        """(index, id) of every step with an id, valid or not."""
        return [(i, step_id) for i in range(len(self.spec.steps)) if (step_id := self.id_at(i)) is not None]

    def valid_steps(self) -> Iterator[tuple[int, StepSpec]]:
        """(index, spec) of the steps that passed validation."""
        return ((i, s) for i, s in enumerate(self.spec.steps) if s is not None)


@dataclass
class Project:
    """Everything lint needs: the manifest, the chapters, and which files could not be fully validated."""

    story_source: SourceFile
    story: StorySpec
    chapters: list[ChapterSource]
    broken_chapters: set[str] = field(default_factory=set)
    partial_chapters: set[str] = field(default_factory=set)
    unreadable_files: bool = False
    minigames: list[tuple[SourceFile, MinigamesSpec]] = field(default_factory=list)
    regions: list[tuple[SourceFile, RegionSpec]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether every chapter validated, so whole-story flow checks are meaningful."""
        return not (self.broken_chapters or self.partial_chapters or self.unreadable_files)

    def pools(self, game: str) -> dict[str, tuple[SourceFile, MinigamePoolSpec]]:
        """The pools of mini-game `game` from every minigames/*.yaml file, with the file each is in."""
        return {name: (src, pool) for src, spec in self.minigames for name, pool in spec.root.get(game, {}).items()}

    def chapter(self, chapter_id: str) -> ChapterSource | None:
        return next((c for c in self.chapters if c.spec.id == chapter_id), None)

    def ordered(self) -> list[ChapterSource]:
        """Chapters in the order story.yaml lists them, then any unlisted ones."""
        order = {cid: i for i, cid in enumerate(self.story.chapters)}
        return sorted(self.chapters, key=lambda c: order.get(c.spec.id, len(order)))


def full_id(chapter_id: str, target: str) -> str:
    """Resolve a target as written (`step` or `chapter.step`) to a full `chapter.step` id."""
    return target if "." in target else f"{chapter_id}.{target}"
