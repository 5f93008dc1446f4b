"""Starting the GUI: application object, language, style, lock, window, shutdown."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import signal
import sys

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import ocr_engine, profile
from desktop.core import settings as settings_mod
from desktop.ui import crash, i18n, single_instance
from desktop.ui.links import LinkHandler
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from desktop.ui.tasks import TaskRunner
from desktop.ui.tray import TrayIcon

log = logging.getLogger(__name__)


def _setup_logging() -> None:
    handler = logging.handlers.RotatingFileHandler(
        profile.logs_dir() / "kefu.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Kefu")
    QCoreApplication.setApplicationName("Kefu")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("Kefu")
    app.setDesktopFileName("kefu")
    return app


def apply_look(app: QApplication, language: str) -> None:
    i18n.install_translators(language)
    app.setWindowIcon(i18n.app_icon())
    app.setStyleSheet(i18n.stylesheet())


def run(args: argparse.Namespace | None = None) -> int:
    """Open the app; returns the exit code."""
    _setup_logging()
    app = make_application()
    prof = profile.current()
    settings = settings_mod.load(prof.settings_path())
    apply_look(app, i18n.pick_language(settings.language))
    crash.install()
    ocr_engine.use_tesseract(settings.tesseract_path)
    link: str | None = getattr(args, "link", None)  # `kefu kefu://…` (desktop/cli.py)

    lock = QLockFile(str(prof.lock_path()))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        if single_instance.ask_first_to_show(prof, link):
            return 0  # the running app came to the front
        QMessageBox.information(
            None,
            "Kefu",
            QCoreApplication.translate(
                "app",
                "Kefu is already running with this profile. Use the open window, or start "
                "with --profile NAME for a second one.",
            ),
        )
        return 1

    runner = TaskRunner()
    session = Session(settings, runner, prof)
    tray = TrayIcon()  # its icon shows idle / unread / sharing (desktop/ui/tray_state.py)
    window = MainWindow(session, tray)
    instance = single_instance.InstanceServer(prof, window)  # a second `kefu` shows this
    instance.show_requested.connect(lambda: single_instance.bring_to_front(window))
    opener = LinkHandler(window)  # kefu:// links; another hub only after asking
    instance.link_received.connect(opener.open)
    app.setQuitOnLastWindowClosed(True)

    def terminate(*_args: object) -> None:
        # SIGTERM/SIGINT (logout, `kill`, Ctrl+C): quit at once, stopping the hub.
        window.ask_before_quit = False
        app.quit()

    signal.signal(signal.SIGTERM, terminate)
    signal.signal(signal.SIGINT, terminate)
    # Python runs signal handlers only between bytecodes; a timer lets it in.
    wakeup = QTimer()
    wakeup.timeout.connect(lambda: None)
    wakeup.start(250)
    window.show()
    window.start()
    if link is not None:
        opener.open(link)
    try:
        return app.exec()
    finally:
        log.info("shutting down")
        tray.hide()
        session.shutdown()  # stops live events, workers and the embedded hub
        lock.unlock()
