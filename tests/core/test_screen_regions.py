"""Finding dialogs and consoles on a screenshot: intact rectangles, ranked."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from desktop.core.screen_regions import find_rectangles, find_regions
from desktop.core.textboxes import Box


def canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (1200, 800), (40, 80, 140))
    return image, ImageDraw.Draw(image)


def window(draw: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, body: str = "white") -> None:
    draw.rectangle((x, y, x + w - 1, y + h - 1), fill=body, outline=(150, 150, 150))
    draw.rectangle((x + 1, y + 1, x + w - 2, y + 28), fill=(225, 225, 230))  # title bar


def test_a_covered_window_is_not_intact_but_the_one_on_top_is() -> None:
    image, draw = canvas()
    window(draw, 50, 50, 700, 500)  # underneath
    window(draw, 600, 300, 400, 300)  # on top, covering the first one's corner
    boxes = find_rectangles(np.asarray(image))
    assert boxes == [Box(600, 300, 400, 300)]


def test_a_dialog_inside_an_intact_window_is_kept_and_parts_are_not() -> None:
    image, draw = canvas()
    window(draw, 50, 50, 900, 650)
    window(draw, 300, 250, 400, 200)
    boxes = set(find_rectangles(np.asarray(image)))
    assert boxes == {Box(50, 50, 900, 650), Box(300, 250, 400, 200)}


def test_regions_rank_an_error_dialog_before_a_plain_one_and_skip_the_desktop() -> None:
    image, draw = canvas()
    window(draw, 0, 0, 1200, 800, body=(245, 245, 245))  # a maximised window
    window(draw, 100, 100, 300, 200)  # small, plain
    window(draw, 600, 300, 420, 220)  # larger, with a red error icon
    draw.ellipse((620, 350, 656, 386), fill=(217, 48, 37))
    regions = find_regions(np.asarray(image))
    assert [r.box for r in regions] == [Box(600, 300, 420, 220), Box(100, 100, 300, 200)]
    assert regions[0].warm > 0 and regions[1].warm == 0


def test_a_dark_console_counts_as_dark() -> None:
    image, draw = canvas()
    window(draw, 200, 200, 600, 300, body=(16, 18, 20))
    (region,) = find_regions(np.asarray(image))
    assert region.dark and region.box == Box(200, 200, 600, 300)
