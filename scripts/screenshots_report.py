#!/usr/bin/env python3
"""Render the "Report a problem" screens to PNG (docs/screenshots/).

The capture overlay with a selection being dragged, the annotation editor
after OCR (private data filled, a few annotations) and the prefilled review
form with a knowledge-base answer and the customer's similar open ticket.
Uses a throw-away hub and the offscreen Qt platform:

    .venv/bin/python scripts/screenshots_report.py [--out DIR] [--lang en|zh_CN]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREENS = ("report_overlay", "report_editor", "report_review")
PASSWORD = "screenshots-only"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
DIALOG = (330, 250, 640, 230)  # x, y, w, h on the painted desktop


def paint_desktop() -> object:
    """A believable 1280x800 desktop: a project app with an error dialog on top."""
    from PIL import Image, ImageDraw, ImageFont

    font, small = ImageFont.truetype(FONT, 17), ImageFont.truetype(FONT, 14)
    bold = ImageFont.truetype(BOLD, 16)
    image = Image.new("RGB", (1280, 800), (37, 72, 128))
    d = ImageDraw.Draw(image)
    d.rectangle((40, 30, 1180, 740), fill=(255, 255, 255), outline=(170, 175, 185))
    d.rectangle((40, 30, 1180, 64), fill=(30, 58, 138))
    d.text((56, 38), "ProjectDesk 12.4 — 进度计划 Schedule", font=bold, fill=(255, 255, 255))
    d.rectangle((40, 64, 240, 740), fill=(243, 244, 246))
    for i, name in enumerate(["Dashboard", "Projects", "Schedule 进度", "Reports 报表", "Team"]):
        d.text((60, 90 + i * 34), name, font=small, fill=(55, 65, 81))
    for i in range(18):
        y = 90 + i * 34
        d.text((270, y), f"T-{1040 + i}", font=small, fill=(107, 114, 128))
        d.text((350, y), f"里程碑 milestone review {i + 1}", font=small, fill=(31, 41, 55))
        d.rectangle((700, y + 4, 700 + 40 + (i * 37) % 300, y + 18), fill=(96, 165, 250))
    x, y, w, h = DIALOG
    d.rectangle((x + 8, y + 8, x + w + 8, y + h + 8), fill=(17, 24, 39))
    d.rectangle((x, y, x + w, y + h), fill=(250, 250, 250), outline=(120, 120, 120))
    d.rectangle((x, y, x + w, y + 32), fill=(229, 231, 235))
    d.text((x + 14, y + 6), "ProjectDesk", font=bold, fill=(17, 24, 39))
    d.ellipse((x + 22, y + 56, x + 62, y + 96), fill=(217, 48, 37))
    d.text((x + 36, y + 60), "!", font=ImageFont.truetype(BOLD, 26), fill=(255, 255, 255))
    lines = [
        "Cannot print the report: ORA-12154 could not resolve",
        "the connect identifier specified.",
        "User: chen.wei@acme-build.com  Tel: 13812345678",
        "打印报表失败，请联系系统管理员。",
    ]
    for i, line in enumerate(lines):
        d.text((x + 80, y + 54 + i * 32), line, font=font, fill=(17, 24, 39))
    d.rectangle((x + w - 120, y + h - 50, x + w - 20, y + h - 16), fill=(37, 99, 235))
    d.text((x + w - 82, y + h - 44), "OK", font=bold, fill=(255, 255, 255))
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="default docs/screenshots[/zh_CN]")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if args.out is None:  # Chinese beside English, as scripts/screenshots.py does
        args.out = ROOT / "docs" / "screenshots" / ("" if args.lang == "en" else args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kefu-report-shots-") as tmp:
        return render_all(Path(tmp), args.out, args.lang)


def render_all(tmp: Path, out: Path, lang: str) -> int:
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.core import errortext, submission
    from desktop.core.embedded import EmbeddedHub
    from desktop.core.hubclient import HubClient
    from desktop.core.profile import Profile
    from desktop.core.report.reading import read_capture
    from desktop.core.report.shapes import Shape
    from desktop.core.screenshot_geometry import MonitorInfo
    from desktop.core.settings import HubMode, Settings
    from desktop.core.textboxes import Box
    from desktop.ui.app import apply_look, make_application
    from desktop.ui.report.grab import Shot, to_qimage
    from desktop.ui.report.overlay import CaptureOverlay
    from desktop.ui.report.window import ReportWindow
    from desktop.ui.session import Session
    from desktop.ui.tasks import TaskRunner

    app = make_application(["kefu-screenshots"])
    apply_look(app, lang)

    def wait(condition: Callable[[], bool], what: str, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.01)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(10):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path), "PNG")
        print(path)

    def mouse(widget: QWidget, kind: QEvent.Type, x: int, y: int, held: bool) -> None:
        button = Qt.MouseButton.LeftButton
        event = QMouseEvent(
            kind,
            QPointF(x, y),
            QPointF(widget.mapToGlobal(QPoint(x, y))),
            button if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
            button if held else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)

    desktop = paint_desktop()
    monitors = (MonitorInfo(1, Box(0, 0, 1280, 800), 1.0, True),)
    x, y, w, h = DIALOG

    # -- the overlay, halfway through a drag around the dialog -------------------------
    overlay = CaptureOverlay(to_qimage(desktop), monitors, [Box(x, y, w + 1, h + 1)])  # type: ignore[arg-type]
    overlay.show()
    mouse(overlay, QEvent.Type.MouseButtonPress, x - 6, y - 6, True)
    mouse(overlay, QEvent.Type.MouseMove, x + w + 8, y + h + 8, True)  # the shadow's corner
    save(overlay, "report_overlay")
    overlay.cancel()

    # -- a hub where this customer already has the same error open ----------------------
    hub = EmbeddedHub(tmp / "hub", tmp / "hub.port", tmp / "hub.log")
    url = hub.start()
    try:
        hub.create_user(role="agent", email="ada@kefu.test", name="Ada Wang", password=PASSWORD)
        ada = HubClient(url)
        ada.login("ada@kefu.test", PASSWORD)
        ada.request(
            "POST",
            "/kb/articles",
            json={
                "title": "ORA-12154 when printing: the report server lost its database alias",
                "body": "1. Open **Settings → Database**.\n2. Choose the server *RPT-02* again.\n"
                "3. Print the report once more.",
                "language": "zh_CN" if lang == "zh_CN" else "en",
                "status": "published",
                "tags": ["ORA-12154", "printing"],
            },
        )
        chen = HubClient(url)
        signin = chen.register("chen@acme.test", PASSWORD, "Chen Wei", "Acme Construction")
        crop = desktop.crop((x - 6, y - 6, x + w + 15, y + h + 15))  # type: ignore[attr-defined]
        lines = [line.text for line in read_capture(crop)]
        submission.send_ticket(  # the same error, reported yesterday
            chen,
            submission.TicketDraft(
                title="Reports do not print since this morning",
                body="ORA-12154 on every report.",
                fingerprint=errortext.analyse(lines).fingerprint,
            ),
        )

        prof = Profile(tmp / "client", "shots")
        session = Session(Settings(hub_mode=HubMode.REMOTE, hub_url=url), TaskRunner(), prof)
        session.client, session.user = chen, signin.user  # signed in, as after the sign-in page
        session.categories = chen.categories()

        report = ReportWindow(session)
        report.resize(1180, 760)
        report.show()
        report.add_shot(Shot(crop, Box(x - 6, y - 6, w + 21, h + 21), "region", monitors))
        wait(lambda: not report.busy and report.suggestion_rounds > 0, "reading and suggestions")
        capture = report.draft.captures[0]
        capture.add_shape(Shape("box", 80, 50, 600, 125, "#e53935", 4))
        capture.add_shape(Shape("arrow", 560, 200, 470, 140, "#e53935", 5))
        capture.add_shape(Shape("step", 60, 70, number=1, color="#1e88e5"))
        capture.add_shape(Shape("text", 40, 200, text="Every report, since 9:00", color="#1e88e5"))
        report.editor.set_tool("arrow")
        report.editor.refresh()
        save(report, "report_editor")
        report.show_review()
        report.review.body_edit.setPlainText(
            "Since this morning every report I print shows this error.\n\n"
            + report.review.body_edit.toPlainText()
        )
        save(report, "report_review")
        report.close()
        session.runner.shutdown()
    finally:
        hub.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
