"""Where the sharer's pixels come from: one monitor, grabbed with mss.

The source is opened on the sharing thread and used only there (an X11
connection belongs to one thread). Rectangles of Kefu's own sharing bar,
frame and pointer overlay are painted over in every frame: on X11 nothing
keeps a window out of a screen grab, and a border captured into the stream
would show the agent a frame inside a frame.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, Protocol

import numpy as np

from desktop.core import capture
from desktop.core.share.tiles import Box, Frame

log = logging.getLogger(__name__)
# BGRA; a calm grey that reads as "hidden here", not as content.
MASK_BGRA = (96, 96, 96, 255)


class FrameSource(Protocol):
    """What the sharing loop grabs from."""

    @property
    def size(self) -> tuple[int, int]: ...

    def grab(self) -> Frame: ...

    def close(self) -> None: ...


class ScreenSource:
    """One mss monitor (1..N), as (H, W, 4) BGRA numpy frames."""

    def __init__(self, monitor: int, display: str | None = None) -> None:
        capture.check_platform()
        import mss

        kwargs: dict[str, Any] = {"display": display} if display else {}
        factory = getattr(mss, "MSS", None) or mss.mss
        try:
            self._sct = factory(**kwargs)
        except mss.ScreenShotError as exc:
            raise capture.CaptureError(f"The screen could not be captured: {exc}") from exc
        monitors = self._sct.monitors
        if not 1 <= monitor < len(monitors):
            self._sct.close()
            raise capture.CaptureError(
                f"There is no monitor {monitor}; this desktop has monitors 1 to "
                f"{len(monitors) - 1}."
            )
        self.monitor = dict(monitors[monitor])
        self.grabs = 0

    @property
    def size(self) -> tuple[int, int]:
        return int(self.monitor["width"]), int(self.monitor["height"])

    @property
    def origin(self) -> tuple[int, int]:
        return int(self.monitor["left"]), int(self.monitor["top"])

    def grab(self) -> Frame:
        self.grabs += 1
        # mss reuses nothing between grabs, but the array is read-only; masking writes.
        return np.array(self._sct.grab(self.monitor), dtype=np.uint8, copy=True)

    def close(self) -> None:
        try:
            self._sct.close()
        except Exception as exc:  # the X server may already be gone (logout, tests)
            log.info("closing the screen grabber failed: %s", exc)


def apply_masks(frame: Frame, boxes: Iterable[Box]) -> None:
    """Paint `boxes` (frame pixels) over in place, clipped to the frame."""
    height, width = frame.shape[:2]
    colour = np.array(MASK_BGRA[: frame.shape[2]], dtype=np.uint8)
    for box in boxes:
        x0, y0 = max(box.x, 0), max(box.y, 0)
        x1, y1 = min(box.x + box.w, width), min(box.y + box.h, height)
        if x0 < x1 and y0 < y1:
            frame[y0:y1, x0:x1] = colour


def neutral_frame(width: int, height: int) -> Frame:
    """What the viewer sees while the customer has paused: one flat colour."""
    frame = np.empty((height, width, 4), dtype=np.uint8)
    frame[:] = np.array(MASK_BGRA, dtype=np.uint8)
    return frame
