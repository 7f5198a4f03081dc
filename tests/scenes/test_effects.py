"""The "time starts again" thaw: frozen at the start, restored at the end, and instant with reduced motion."""

from __future__ import annotations

import pygame
import pytest

from game.ui.effects import Thaw, thaw_place

SIZE = (320, 180)


def _picture(color: tuple[int, int, int]) -> pygame.Surface:
    surface = pygame.Surface(SIZE)
    surface.fill(color)
    pygame.draw.circle(surface, (255, 255, 255), (80, 90), 30)
    return surface


def _pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGB")


@pytest.fixture
def pictures(display):
    return _picture((150, 170, 210)), _picture((250, 190, 120))


def test_progress_zero_shows_the_frozen_picture(pictures):
    """At progress 0 nothing has thawed yet."""
    frozen, restored = pictures
    assert _pixels(Thaw(frozen, restored).frame(0.0)) == _pixels(frozen)


def test_progress_one_shows_the_restored_picture(pictures):
    """At progress 1 the whole picture is restored."""
    frozen, restored = pictures
    assert _pixels(Thaw(frozen, restored).frame(1.0)) == _pixels(restored)


def test_reduced_motion_shows_the_restored_picture_at_once(pictures):
    """With reduced motion the first frame is already the restored picture and the effect is done."""
    frozen, restored = pictures
    thaw = Thaw(frozen, restored, reduced_motion=True)
    assert thaw.done
    assert _pixels(thaw.frame()) == _pixels(restored)
    assert _pixels(thaw.frame(0.0)) == _pixels(restored)


def test_warmth_spreads_from_the_origin(pictures):
    """Half-way, the picture is restored at the origin and still frozen in the far corner."""
    frozen, restored = pictures
    image = Thaw(frozen, restored, origin=(300, 20)).frame(0.4)
    assert image.get_at((300, 20)) == restored.get_at((300, 20))
    assert image.get_at((2, 177)) == frozen.get_at((2, 177))


def test_update_reaches_the_restored_picture_after_the_duration(pictures):
    """Driven by update(dt), the thaw finishes after its duration and then shows the restored picture."""
    frozen, restored = pictures
    thaw = Thaw(frozen, restored, duration=1.0)
    for _ in range(30):
        thaw.update(1 / 60)
    assert 0.0 < thaw.progress < 1.0 and not thaw.done
    for _ in range(40):
        thaw.update(1 / 60)
    assert thaw.done
    assert _pixels(thaw.frame()) == _pixels(restored)


def test_pictures_of_different_sizes_are_refused(display):
    """Frozen and restored pictures must be the same size."""
    with pytest.raises(ValueError):
        Thaw(pygame.Surface((10, 10)), pygame.Surface((20, 10)))


def test_every_place_pair_can_thaw(display):
    """Each chapter place has a frozen/restored pair the thaw can run between."""
    for place in ("school", "street", "winter-home", "park", "town"):
        thaw = thaw_place(place, (128, 72))
        assert _pixels(thaw.frame(1.0)) != _pixels(thaw.frame(0.0))


def test_drawing_in_place_paints_the_same_picture_as_frame(pictures):
    """`draw` paints straight onto the screen (no buffer of its own) exactly what `frame` returns."""
    frozen, restored = pictures
    thaw = Thaw(frozen, restored, origin=(160, 20), duration=1.0)
    for _ in range(24):
        thaw.update(1 / 60)
    screen = pygame.Surface(SIZE, 0, pygame.display.get_surface())
    thaw.draw(screen)
    assert thaw._frame is None  # nothing full-size was allocated for drawing
    assert _pixels(screen) == _pixels(thaw.frame())
    assert _pixels(screen) not in (_pixels(frozen), _pixels(restored))
