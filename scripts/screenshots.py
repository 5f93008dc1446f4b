#!/usr/bin/env python3
"""Render each main screen of the desktop app to PNG (docs/screenshots/).

Starts a throw-away hub, fills it with a few believable tickets, opens a
customer and an agent client (each in its own temporary profile) and saves
window grabs. Runs offscreen by default, so it works in CI and over SSH:

    .venv/bin/python scripts/screenshots.py [--out DIR] [--lang en|zh_CN] [--theme light|dark]

English goes to docs/screenshots/, Chinese to docs/screenshots/zh_CN/, and
--theme dark to a dark/ folder inside either.
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
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots_sections import SCREENS as SECTION_SCREENS  # noqa: E402

SCREENS = (
    "welcome",
    "sign_in",
    "my_tickets",
    "new_ticket",
    "ticket",
    "queue",
    "board",
    "agent_ticket",
    *SECTION_SCREENS,
)
SIZE = (1120, 720)
PASSWORD = "screenshots-only"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="default docs/screenshots[/zh_CN][/dark]")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    parser.add_argument("--theme", choices=("light", "dark"), help="default: the system's")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    if args.theme:
        os.environ["KEFU_THEME"] = args.theme
    if args.out is None:
        args.out = ROOT / "docs" / "screenshots"
        if args.lang != "en":
            args.out = args.out / args.lang
        if args.theme == "dark":
            args.out = args.out / "dark"
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kefu-shots-") as tmp:
        return render_all(Path(tmp), args.out, args.lang)


def render_all(tmp: Path, out: Path, lang: str) -> int:
    from keyring.backend import KeyringBackend
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QWidget
    from screenshots_data import person, seed_tickets, text
    from screenshots_sections import agent_screens, customer_screens, seed

    from desktop.core.credentials import TokenStore
    from desktop.core.embedded import EmbeddedHub
    from desktop.core.hubclient import HubClient
    from desktop.core.profile import Profile
    from desktop.core.settings import HubMode, Settings
    from desktop.ui.app import apply_look, make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.ticket_lists import QueuePage

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    app = make_application(["kefu-screenshots"])
    apply_look(app, lang)

    def wait(condition: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        for _ in range(10):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path), "PNG")
        print(path)

    def error_screenshot() -> bytes:
        """A made-up application error dialog, as a customer would capture it."""
        image = QImage(760, 420, QImage.Format.Format_RGB32)
        image.fill(QColor("#e5e7eb"))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(QRect(60, 50, 640, 320), QColor("white"))
        p.fillRect(QRect(60, 50, 640, 36), QColor("#1e3a8a"))
        p.setPen(QColor("white"))
        p.setFont(QFont("Noto Sans", 12, QFont.Weight.Bold))
        p.drawText(QPoint(76, 74), "ProjectDesk 12.4 — Print report")
        p.setPen(QColor("#b91c1c"))
        p.setFont(QFont("Noto Sans", 22, QFont.Weight.Bold))
        p.drawText(QPoint(90, 140), "⚠  Database error")
        p.setPen(QColor("#111827"))
        p.setFont(QFont("Noto Sans", 12))
        p.drawText(QPoint(90, 185), "ORA-12154: TNS:could not resolve the connect")
        p.drawText(QPoint(90, 210), "identifier specified")
        p.drawText(QPoint(90, 250), "打印报表失败，请联系系统管理员。")
        p.fillRect(QRect(560, 310, 110, 36), QColor("#2563eb"))
        p.setPen(QColor("white"))
        p.drawText(QRect(560, 310, 110, 36), Qt.AlignmentFlag.AlignCenter, "OK")
        p.end()
        path = tmp / "error.png"
        image.save(str(path), "PNG")
        return path.read_bytes()

    # -- a hub with some history ------------------------------------------------------
    hub = EmbeddedHub(tmp / "hub", tmp / "hub.port", tmp / "hub.log")
    url = hub.start()
    try:
        for email, role in (("ada@kefu.test", "admin"), ("li@kefu.test", "agent")):
            name = person(lang, email)[0]
            hub.create_user(role=role, email=email, name=name, password=PASSWORD)
        chen, maria, ada = HubClient(url), HubClient(url), HubClient(url)
        for customer, email in ((chen, "chen@acme.test"), (maria, "maria@harbor.test")):
            customer.register(email, PASSWORD, *person(lang, email))
        ada.login("ada@kefu.test", PASSWORD)
        seeded = seed_tickets(ada, chen, maria, error_screenshot(), lang)
        categories, main_id = seeded.categories, seeded.main_id
        seed(ada, tmp / "hub" / "hub.db", seeded.overdue_id, categories)

        def client(name: str, mode: HubMode) -> tuple[Session, MainWindow]:
            prof = Profile(tmp / name, name)
            settings = Settings(
                hub_mode=mode,
                hub_url=url if mode is HubMode.REMOTE else None,
                language=lang,
            )
            session = Session(settings, TaskRunner(), prof, TokenStore(prof, MemoryKeyring()))
            window = MainWindow(session)
            window.ask_before_quit = False
            window.resize(*SIZE)
            window.show()
            return session, window

        def sign_in(window: MainWindow, session: Session, email: str) -> None:
            window.start()
            wait(lambda: window.pages.currentWidget() is window.sign_in, "sign-in page")
            window.sign_in.email.setText(email)
            window.sign_in.password.setText(PASSWORD)
            window.sign_in.sign_in_button.click()
            wait(lambda: window.mode_view is not None, "signed in")
            wait(lambda: session.runner.idle and session.events_connected, "first load")

        # Welcome and sign-in (nothing configured yet).
        s0, w0 = client("newcomer", HubMode.UNSET)
        w0.start()
        save(w0, "welcome")
        s0.settings.hub_mode = HubMode.REMOTE
        s0.settings.hub_url = url
        w0.start()
        wait(lambda: w0.pages.currentWidget() is w0.sign_in, "sign-in page")
        w0.sign_in.email.setText("chen@acme.test")
        save(w0, "sign_in")
        w0.hide()
        s0.shutdown()

        # Customer mode.
        s1, w1 = client("customer", HubMode.REMOTE)
        sign_in(w1, s1, "chen@acme.test")
        view = w1.mode_view
        assert view is not None
        save(w1, "my_tickets")
        w1.new_ticket()
        page = view.new_ticket
        assert page is not None
        page.title_edit.setText(text(lang, "new_title"))
        page.body_edit.setPlainText(text(lang, "new_body"))
        page.category.setCurrentIndex(page.category.findData(categories["import_export"]))
        page.files.add_path(tmp / "error.png")
        wait(lambda: page.files.model.rowCount() == 1, "attachment thumbnail")
        save(w1, "new_ticket")
        page.reset()
        view.open_ticket(main_id)
        wait(lambda: view.ticket_page.ticket is not None and s1.runner.idle, "customer ticket page")
        view.ticket_page.reply_edit.setPlainText(text(lang, "customer_reply"))
        save(w1, "ticket")
        view.ticket_page.reply_edit.clear()
        customer_screens(w1, s1, save, wait, seeded.resolved_id)
        w1.hide()
        s1.shutdown()

        # Support mode.
        s2, w2 = client("agent", HubMode.REMOTE)
        sign_in(w2, s2, "ada@kefu.test")
        aview = w2.mode_view
        assert aview is not None
        save(w2, "queue")
        queue = aview.list_page
        assert isinstance(queue, QueuePage)
        queue.attach(s2)
        queue.board_button.click()
        save(w2, "board")
        queue.list_button.click()
        aview.open_ticket(main_id)
        wait(lambda: aview.ticket_page.ticket is not None and s2.runner.idle, "agent ticket")
        aview.ticket_page.set_internal(True)
        aview.ticket_page.reply_edit.setPlainText(text(lang, "agent_note"))
        save(w2, "agent_ticket")
        aview.ticket_page.reply_edit.clear()
        aview.ticket_page.set_internal(False)
        agent_screens(w2, s2, save, wait, main_id)
        w2.hide()
        s2.shutdown()
    finally:
        hub.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
