"""Shape geometry: what a click picks."""

from __future__ import annotations

from desktop.core.report.shapes import Shape, shape_at


def test_shapes_are_hit_where_they_are_drawn() -> None:
    shapes = (
        Shape("box", 10, 10, 110, 60),
        Shape("arrow", 200, 200, 300, 250, width=4),
        Shape("step", 50, 150, number=1),
        Shape("text", 400, 20, text="这里 here"),
    )
    assert shape_at(shapes, 60, 30) == 0
    assert shape_at(shapes, 250, 225) == 1 and shape_at(shapes, 250, 190) is None
    assert shape_at(shapes, 55, 155) == 2
    assert shape_at(shapes, 410, 30) == 3
    assert shape_at(shapes, 700, 700) is None
