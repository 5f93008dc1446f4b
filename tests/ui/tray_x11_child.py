"""Run by test_tray_x11.py in its own process, with the xcb platform on a private
Xvfb where trayer is the system tray.

Builds the app's real TrayIcon and MainWindow against a real hub, then uses the
tray as a person would: the queued-report line while signed out (and the
Outbox window it opens), the recent tickets after signing in (clicking the
unread one opens it), and "Ask for help now". Prints one JSON line of what it
saw. argv: hub URL, profile folder, customer e-mail, screenshot path.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.core.credentials import TokenStore
from desktop.core.profile import Profile
from desktop.core.settings import HubMode, Settings
from desktop.core.submission import TicketDraft, queue_ticket
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox_view import outbox_for
from desktop.ui.session import Session
from desktop.ui.tasks import TaskRunner
from desktop.ui.tray import TrayIcon
from tests.ui.support import PASSWORD, MemoryKeyring


def wait(app: QApplication, check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {seconds} s for {what}")
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    hub_url, folder, email, shot = sys.argv[1:5]
    app = QApplication(sys.argv[:1])
    i18n.install_translators("en")
    app.setStyleSheet(i18n.stylesheet())
    seen: dict[str, Any] = {"platform": QGuiApplication.platformName()}
    # trayer owns the tray selection once it has started; the test started it first.
    wait(app, QSystemTrayIcon.isSystemTrayAvailable, 20, "the system tray")
    seen["tray_available"] = QSystemTrayIcon.isSystemTrayAvailable()

    prof = Profile(Path(folder), "tray")
    settings = Settings(hub_mode=HubMode.REMOTE, hub_url=hub_url, notifications=True)
    session = Session(settings, TaskRunner(), prof, TokenStore(prof, MemoryKeyring()))
    tray = TrayIcon()
    window = MainWindow(session, tray)
    window.ask_before_quit = False
    window.show()
    window.start()
    assert tray.icon is not None
    wait(app, lambda: tray.icon is not None and tray.icon.geometry().width() > 0, 20, "embed")
    geometry = tray.icon.geometry()
    seen["icon_geometry"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
    seen["icon_visible"] = tray.icon.isVisible()

    # A report filed from a train: queued while nobody is signed in.
    found = outbox_for(session)
    assert found is not None
    box, label = found
    queue_ticket(box, TicketDraft(title="Queued on the train", body="No signal here."), label)
    line = window.outbox.tray_line
    assert line is not None
    window.outbox.pump.wake()
    wait(app, lambda: line.isVisible(), 20, "the queued line")
    seen["queued_line"] = line.text()
    seen["queued_line_in_menu"] = line in tray.menu.actions()
    line.trigger()
    dialog = window.outbox.dialog
    seen["outbox_dialog"] = dialog is not None and dialog.isVisible()
    if dialog is not None:
        dialog.close()

    # Signing in sends it; the tray's line goes away.
    wait(app, lambda: window.pages.currentWidget() is window.sign_in, 30, "the sign-in page")
    window.sign_in.email.setText(email)
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.sign_in_button.click()
    wait(app, lambda: window.mode_view is not None, 30, "signing in")
    wait(app, lambda: not line.isVisible(), 60, "the queued report to go")
    seen["queued_after_sign_in"] = line.isVisible()

    wait(app, lambda: len(tray.recent_actions) == 6, 30, "the recent tickets")
    seen["recent"] = [a.text() for a in tray.recent_actions]
    seen["unread"] = [a.text() for a in tray.recent_actions if a.data() and a.font().bold()]
    seen["state_before"] = tray.state.value
    seen["report_visible"] = tray.report_action.isVisible()
    seen["help_visible"] = tray.help_action.isVisible()

    # The menu as a person sees it, under the tray (for the screenshot).
    screen = QGuiApplication.primaryScreen()
    width = tray.menu.sizeHint().width()
    tray.menu.popup(QPoint(screen.geometry().width() - width - 4, 30))
    wait(app, tray.menu.isVisible, 10, "the menu")
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    seen["screenshot"] = screen.grabWindow(0).save(shot, "PNG")
    tray.menu.hide()

    unread = next(a for a in tray.recent_actions if a.data() and a.font().bold())
    unread_id = unread.data()
    unread.trigger()
    view = window.mode_view
    assert view is not None
    page = view.ticket_page
    wait(app, lambda: page.ticket is not None and page.ticket.id == unread_id, 30, "the ticket")
    seen["opened"] = unread_id
    wait(app, lambda: tray.state.value == "idle", 30, "the unread mark to go")
    seen["state_after"] = tray.state.value

    # Report a problem: the screen is captured first, then the prefilled form opens.
    tray.report_action.trigger()
    grabber = window.report.grabber
    wait(app, lambda: grabber.overlay is not None and grabber.overlay.isVisible(), 30, "capture")
    seen["report_overlay"] = True
    assert grabber.overlay is not None
    grabber.overlay.take_monitor()
    wait(app, lambda: window.report.window is not None, 30, "the report window")
    report = window.report.window
    assert report is not None
    wait(app, report.isVisible, 30, "the report window to show")
    seen["report_window"] = report.isVisible()
    report.hide()

    tray.help_action.trigger()
    helper = window.tray_state.help_dialog if window.tray_state is not None else None
    assert helper is not None
    seen["help_dialog"] = helper.isVisible()
    helper.summary.setText("Cannot open the budget sheet")
    filed: list[Any] = []
    helper.filed.connect(filed.append)
    helper.send_button.click()
    wait(app, lambda: bool(filed), 30, "the help request")
    seen["help_ticket"] = {"number": filed[0].number, "channel": filed[0].channel}
    wait(app, lambda: page.ticket is not None and page.ticket.id == filed[0].id, 30, "its page")
    seen["help_opened"] = True

    print(json.dumps(seen), flush=True)
    tray.hide()
    window.close()
    session.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
