"""The X11 window list: viewable top-level windows, top-most first, on a real Xvfb."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.report.window_list import x11_windows
from desktop.core.textboxes import Box
from tests.core.conftest import XClient


def test_viewable_windows_top_most_first(xclient: Callable[..., XClient]) -> None:
    x = xclient("-screen", "0", "1280x800x24")
    assert x11_windows() == []
    x.make_active_window(100, 100, 400, 300)
    x.make_active_window(200, 150, 400, 300)  # mapped later: on top
    x.make_active_window(0, 0, 1280, 800)  # a desktop-sized window is not offered
    x.make_active_window(600, 600, 10, 10)  # nor a tooltip-sized one
    assert x11_windows() == [Box(200, 150, 400, 300), Box(100, 100, 400, 300)]
