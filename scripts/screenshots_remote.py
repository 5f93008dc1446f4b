#!/usr/bin/env python3
"""Render the remote-assistance screens to PNG (docs/screenshots/).

The consent dialog, the customer's sharing bar (shown on a desktop with the
coloured frame and the agent's pointer) and the agent's viewer. Offscreen by
default, so it runs in CI:

    .venv/bin/python scripts/screenshots_remote.py [--out DIR] [--lang en|zh_CN]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREENS = ("remote_consent", "remote_sharing_bar", "remote_viewer")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="default docs/screenshots[/zh_CN]")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    if args.out is None:  # Chinese beside English, as scripts/screenshots.py does
        args.out = ROOT / "docs" / "screenshots" / ("" if args.lang == "en" else args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    render_all(args.out, args.lang)
    return 0


def customer_desktop(width: int, height: int) -> Any:
    """A made-up customer desktop: a project app with a database error on top."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b6ea5"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(QRect(0, height - 40, width, 40), QColor("#1f2937"))
    app = QRect(60, 40, width - 120, height - 120)
    p.fillRect(app, QColor("white"))
    p.fillRect(QRect(app.x(), app.y(), app.width(), 34), QColor("#1e3a8a"))
    p.setPen(QColor("white"))
    p.setFont(QFont("Noto Sans", 11, QFont.Weight.Bold))
    p.drawText(QPoint(app.x() + 14, app.y() + 23), "ProjectDesk 12.4 — Reports")
    p.setFont(QFont("Noto Sans", 10))
    p.setPen(QColor("#111827"))
    for row in range(14):
        y = app.y() + 60 + row * 30
        if row % 2:
            p.fillRect(QRect(app.x() + 10, y - 18, app.width() - 20, 30), QColor("#f3f4f6"))
        p.drawText(QPoint(app.x() + 20, y), f"RPT-{210 + row}")
        p.drawText(QPoint(app.x() + 140, y), f"里程碑 milestone review {row * 7 % 100}%")
        p.drawText(QPoint(app.x() + 520, y), f"2026-11-23 09:{row * 4:02d}")
    dialog = QRect(width // 2 - 250, height // 2 - 110, 500, 200)
    p.fillRect(dialog.translated(5, 5), QColor("#1f2937"))
    p.fillRect(dialog, QColor("#f8fafc"))
    p.setPen(QColor("#b91c1c"))
    p.setFont(QFont("Noto Sans", 16, QFont.Weight.Bold))
    p.drawText(QPoint(dialog.x() + 24, dialog.y() + 44), "⚠  Database error")
    p.setPen(QColor("#111827"))
    p.setFont(QFont("Noto Sans", 10))
    p.drawText(QPoint(dialog.x() + 24, dialog.y() + 84), "ORA-12154: TNS:could not resolve the")
    p.drawText(QPoint(dialog.x() + 24, dialog.y() + 106), "connect identifier specified")
    p.drawText(QPoint(dialog.x() + 24, dialog.y() + 134), "打印报表失败，请联系系统管理员。")
    ok = QRect(dialog.right() - 120, dialog.bottom() - 50, 96, 32)
    p.fillRect(ok, QColor("#2563eb"))
    p.setPen(QColor("white"))
    p.drawText(ok, Qt.AlignmentFlag.AlignCenter, "OK")
    p.end()
    return image


def render_all(out: Path, lang: str) -> None:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop.core.remote.api import RemoteSession
    from desktop.core.remote.receiver import Figures
    from desktop.core.screenshot_geometry import MonitorInfo
    from desktop.core.textboxes import Box
    from desktop.ui.app import apply_look, make_application
    from desktop.ui.remote.consent import ConsentDialog
    from desktop.ui.remote.overlay import FRAME_COLOUR, FRAME_WIDTH, PointerOverlay, SharingBar
    from desktop.ui.remote.viewer import ViewerWindow

    app = make_application(["kefu-screenshots"])
    apply_look(app, lang)

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def save(image: QImage, name: str) -> None:
        path = out / f"{name}.png"
        image.save(str(path), "PNG")
        print(path)

    now = datetime(2026, 11, 23, 9, 41, tzinfo=UTC)
    rs = RemoteSession.model_validate(
        {
            "id": 7,
            "ticket_id": 4,
            "ticket_number": "KF-1004",
            "ticket_title": "Printing a report fails with ORA-12154",
            "agent": {"id": 2, "display_name": "Ada Wang", "organization": "Kefu Support"},
            "customer_id": 3,
            "status": "requested",
            "scope": "view",
            "reason": "I would like to see the print dialog when the error appears.",
            "requested_at": now,
            "code": "418 902317",
        }
    )
    monitors = [
        MonitorInfo(1, Box(0, 0, 1920, 1080), 1.0, True, "DP-1"),
        MonitorInfo(2, Box(1920, 0, 1280, 1024), 1.0, False, "HDMI-1"),
    ]

    consent = ConsentDialog(rs, monitors, timeout=118)
    consent.show()
    settle()
    save(consent.grab().toImage(), "remote_consent")
    consent.done(0)

    # The customer's screen while sharing: frame, bar, and the agent's pointer.
    desktop = customer_desktop(1280, 720)
    bar = SharingBar("Ada Wang")
    bar.started -= 133  # "02:13"
    bar.refresh()
    bar.show()
    bar.adjustSize()
    settle()
    pointer = PointerOverlay()
    pointer.show()
    settle()
    painter = QPainter(desktop)
    painter.fillRect(QRect(0, 0, 1280, FRAME_WIDTH), QColor(FRAME_COLOUR))
    painter.fillRect(QRect(0, 720 - FRAME_WIDTH, 1280, FRAME_WIDTH), QColor(FRAME_COLOUR))
    painter.fillRect(QRect(0, 0, FRAME_WIDTH, 720), QColor(FRAME_COLOUR))
    painter.fillRect(QRect(1280 - FRAME_WIDTH, 0, FRAME_WIDTH, 720), QColor(FRAME_COLOUR))
    painter.drawPixmap(QPoint((1280 - bar.width()) // 2, FRAME_WIDTH + 6), bar.grab())
    ring = pointer.grab().toImage()
    painter.drawImage(QPoint(640 + 250 - 120 - ring.width() // 2, 360 + 90 - 34), ring)
    painter.end()
    save(desktop, "remote_sharing_bar")
    bar.close()
    pointer.close()

    # The agent's viewer.
    viewer = ViewerWindow("Chen Wei", "KF-1004")
    viewer.resize(1200, 760)
    viewer.show()
    viewer.set_frame(customer_desktop(1280, 800))
    viewer.chat.add_line("You", "I can see the error now. Please click OK.", mine=True)
    viewer.chat.add_line("Chen Wei", "好的, clicked. Same error when I print again.")
    viewer.chat.add_line("You", "Thanks — I will fix the alias on the server.", mine=True)
    viewer.set_figures(Figures(fps=14.6, kbps=412.0, latency_ms=38, frames=1200))
    viewer.canvas.marker = (640 + 130, 400 + 90, time.monotonic())
    viewer.canvas.cursor_at = (700, 520)
    settle()
    save(viewer.grab().toImage(), "remote_viewer")
    viewer.close()


if __name__ == "__main__":
    sys.exit(main())
