"""The main window: which hub, signing in, then customer or support mode."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hubclient import HubError
from desktop.core.models import Comment, Ticket, User
from desktop.core.settings import HubMode
from desktop.ui import i18n, messages
from desktop.ui.errors import describe
from desktop.ui.messages import Level, Message
from desktop.ui.mode_view import ModeView
from desktop.ui.outbox_view import install_outbox
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.remote.customer import CustomerRemote
from desktop.ui.report.controller import SHORTCUT, ReportController
from desktop.ui.session import Session
from desktop.ui.tray import TrayIcon
from desktop.ui.tray_state import TrayController
from desktop.ui.welcome import SignInPage, WelcomePage
from desktop.ui.widgets import Banner


class StartingPage(QWidget):
    """Shown while the hub starts or the stored sign-in is checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(self.tr("Starting Kefu…"))
        self.label.setObjectName("pageTitle")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.hide()
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """The one window. `start()` begins: welcome, or hub + stored sign-in."""

    def __init__(self, session: Session, tray: TrayIcon | None = None) -> None:
        super().__init__()
        self.session = session
        self.tray = tray
        self.mode_view: ModeView | None = None
        # Closing with unsent text asks first (tests and scripts turn this off).
        self.ask_before_quit = True
        self.setWindowTitle("Kefu")
        self.setWindowIcon(i18n.app_icon())

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.connection_banner = Banner("error")
        self.connection_banner.action_clicked.connect(self.refresh)
        layout.addWidget(self.connection_banner)
        self.message_banner = Banner("info")
        layout.addWidget(self.message_banner)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_banner.hide)

        self.starting = StartingPage()
        self.starting.retry.clicked.connect(self._start_hub)
        self.welcome = WelcomePage(session.runner)
        self.sign_in = SignInPage()
        for page in (self.starting, self.welcome, self.sign_in):
            self.pages.addWidget(page)

        self.welcome.embedded_chosen.connect(self._choose_embedded)
        self.welcome.remote_chosen.connect(self._choose_remote)
        self.sign_in.sign_in_requested.connect(self._sign_in)
        self.sign_in.register_requested.connect(self._register)
        self.sign_in.change_hub_requested.connect(self._change_hub)

        session.hub_ready.connect(self._hub_ready)
        session.signed_in.connect(self._signed_in)
        session.signed_out.connect(self._signed_out)
        session.online_changed.connect(self._online_changed)
        session.comment_added.connect(self._notify_comment)
        session.ticket_changed.connect(self._notify_ticket)
        messages.bus().posted.connect(self.show_message)
        self._known_tickets: set[int] = set()
        self.remote = CustomerRemote(session, self, tray)  # asks before any screen is shared
        self.report = ReportController(session, self)
        self.report.filed.connect(lambda ticket: self._open_reported(ticket.id))
        self.report.commented.connect(self._open_reported)
        # Recent tickets, unread count, state icon, "Ask for help now", SLA notices.
        self.tray_state = TrayController(self, tray) if tray is not None else None

        self._build_menus()
        self.statusBar().setSizeGripEnabled(True)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.outbox = install_outbox(self)  # queued reports: status bar, menu, tray
        self._update_actions()
        self._window_settings = QSettings(
            str(self.session.profile.window_settings_path()), QSettings.Format.IniFormat
        )
        geometry = self._window_settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1120, 720)

    # -- menus --------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_ticket_action = self._action(
            self.tr("&New ticket…"), QKeySequence.StandardKey.New, self.new_ticket
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences, self.preferences
        )
        self.sign_out_action = self._action(self.tr("Sign &out"), None, self.sign_out)
        self.session_code_action = self._action(
            self.tr("Enter a session &code…"), None, self.remote.enter_code
        )
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit)
        self.report_action = self._action(
            self.tr("&Report a problem…"), SHORTCUT, lambda: self.report.start()
        )
        file_menu.addAction(self.new_ticket_action)
        file_menu.addAction(self.report_action)
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(self.session_code_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.list_action = self._action(self.tr("&Ticket list"), "Ctrl+1", self.show_list)
        self.find_action = self._action(
            self.tr("&Find…"), QKeySequence.StandardKey.Find, self.focus_search
        )
        view_menu.addAction(self.list_action)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.session.settings.language
        for code, label in (
            ("", self.tr("System default")),
            ("en", "English"),
            ("zh_CN", "中文（简体）"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Kefu"), None, self.about))

    def _update_actions(self) -> None:
        user = self.session.user
        signed_in = user is not None
        self.new_ticket_action.setEnabled(signed_in and not user.is_agent)  # type: ignore[union-attr]
        self.report_action.setEnabled(signed_in and not user.is_agent)  # type: ignore[union-attr]
        for action in (self.refresh_action, self.sign_out_action, self.list_action):
            action.setEnabled(signed_in)
        self.find_action.setEnabled(signed_in)
        self.session_code_action.setVisible(signed_in and not user.is_agent)  # type: ignore[union-attr]
        if self.tray is not None:
            self.tray.set_report_enabled(signed_in and not user.is_agent)  # type: ignore[union-attr]
        if user is None:
            self.user_label.setText("")
        else:
            role = self.tr("support") if user.is_agent else self.tr("customer")
            hub = (
                self.tr("this computer") if self.session.embedded else (self.session.hub_url or "")
            )
            self.user_label.setText(
                self.tr("%1 (%2) · hub: %3")
                .replace("%1", user.display_name)
                .replace("%2", role)
                .replace("%3", hub)
            )

    # -- flow -------------------------------------------------------------------------------

    def start(self) -> None:
        if self.session.settings.hub_mode is HubMode.UNSET:
            self.pages.setCurrentWidget(self.welcome)
            return
        self._start_hub()

    def _start_hub(self) -> None:
        self.starting.retry.hide()
        embedded = self.session.settings.hub_mode is HubMode.EMBEDDED
        self.starting.label.setText(
            self.tr("Starting Kefu on this computer…") if embedded else self.tr("Connecting…")
        )
        self.pages.setCurrentWidget(self.starting)
        task = self.session.start_hub()
        if task is not None:
            task.failed.connect(self._hub_failed)

    def _hub_failed(self, exc: Exception) -> None:
        self.starting.label.setText(describe(exc))
        self.starting.retry.show()

    def _choose_embedded(self) -> None:
        self.session.settings.hub_mode = HubMode.EMBEDDED
        self.session.save_settings()
        self._start_hub()

    def _choose_remote(self, url: str) -> None:
        self.session.settings.hub_mode = HubMode.REMOTE
        self.session.settings.hub_url = url
        self.session.save_settings()
        self._start_hub()

    def _change_hub(self) -> None:
        self.session.stop_hub()
        self.session.settings.hub_mode = HubMode.UNSET
        self.pages.setCurrentWidget(self.welcome)

    def _hub_ready(self, _url: str) -> None:
        self.starting.label.setText(self.tr("Signing in…"))
        self.session.resume(on_none=self._show_sign_in)

    def _show_sign_in(self) -> None:
        embedded = self.session.settings.hub_mode is HubMode.EMBEDDED
        hub = (
            self.tr("Tickets are kept on this computer.")
            if embedded
            else self.tr("Hub: %1").replace("%1", self.session.hub_url or "")
        )
        self.sign_in.prepare(hub, self.session.settings.last_email, embedded)
        self.pages.setCurrentWidget(self.sign_in)
        (self.sign_in.password if self.sign_in.email.text() else self.sign_in.email).setFocus()

    def _sign_in(self, email: str, password: str) -> None:
        self.session.sign_in(email, password, on_error=self._sign_in_failed)

    def _register(self, email: str, password: str, name: str, org: str, agent: bool) -> None:
        self.session.register(
            email, password, name, org, as_agent=agent, on_error=self._sign_in_failed
        )

    def _sign_in_failed(self, exc: Exception) -> None:
        self.sign_in.show_error(describe(exc))

    def _signed_in(self, user: User) -> None:
        if self.mode_view is not None:
            self.pages.removeWidget(self.mode_view)
            self.mode_view.deleteLater()
        self.mode_view = ModeView(self.session, user)
        self.pages.addWidget(self.mode_view)
        self.pages.setCurrentWidget(self.mode_view)
        self._known_tickets.clear()
        self._update_actions()
        self.session.load_tickets().finished.connect(self._first_load)
        self.setWindowTitle(self.tr("Kefu — Support") if user.is_agent else "Kefu")

    def _first_load(self, tickets: list[Ticket]) -> None:
        self._known_tickets.update(t.id for t in tickets)
        if self.mode_view is not None:
            self.mode_view.refresh_filters()

    def _signed_out(self) -> None:
        if self.mode_view is not None:
            self.pages.removeWidget(self.mode_view)
            self.mode_view.deleteLater()
            self.mode_view = None
        self._update_actions()
        self.connection_banner.hide()
        self._show_sign_in()

    def _online_changed(self, online: bool) -> None:
        if online:
            self.connection_banner.hide()
            return
        self.connection_banner.show_message(
            self.tr(
                "The hub cannot be reached. Kefu keeps showing what it has and keeps "
                "what you type; it reconnects by itself."
            ),
            "error",
            self.tr("Retry now"),
            closable=False,
        )

    # -- actions --------------------------------------------------------------------------------

    def new_ticket(self) -> None:
        self.show_normal()
        if self.mode_view is not None and not self.mode_view.agent:
            self.mode_view.show_new_ticket()

    def _open_reported(self, ticket_id: int) -> None:
        self.open_ticket(ticket_id)

    def open_ticket(self, ticket_id: int, request_session: bool = False) -> None:
        """Bring the window up on a ticket (from the tray or a notification). With
        `request_session` (agents), ask for a remote session once it has loaded."""
        self.show_normal()
        view = self.mode_view
        if view is None:
            return
        view.open_ticket(ticket_id)
        if not (request_session and view.agent):
            return
        page = view.ticket_page

        def loaded(ticket: Ticket) -> None:
            if ticket.id != ticket_id:
                return
            page.loaded.disconnect(loaded)
            page.remote_sessions.request()

        page.loaded.connect(loaded)

    def refresh(self) -> None:
        if self.session.user is not None and self.session.client is not None:
            self.session.load_tickets()
            if (
                self.mode_view is not None
                and self.mode_view.tickets.currentWidget() is self.mode_view.ticket_page
            ):
                self.mode_view.ticket_page.reload()

    def show_list(self) -> None:
        if self.mode_view is not None:
            self.mode_view.show_list()

    def focus_search(self) -> None:
        if self.mode_view is not None:
            self.mode_view.show_list()
            self.mode_view.list_page.focus_search()

    def sign_out(self) -> None:
        self.session.sign_out()

    def show_normal(self) -> None:
        if self.isVisible() and not self.isMinimized():
            return
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit(self) -> None:
        self.close()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kefu"),
            self.tr(
                "Kefu (客服) 0.1 — report a problem from your screen, or help someone who did."
            ),
        )

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.session.settings, self)
        self.preferences_dialog = dialog

        def done(result: int) -> None:
            if result == PreferencesDialog.DialogCode.Accepted:
                before = self.session.settings.language
                self.session.apply_settings(dialog.result_settings())
                if self.session.settings.language != before:
                    messages.info(self.tr("The language changes the next time Kefu starts."))

        dialog.finished.connect(done)
        dialog.open()

    def _set_language(self, code: str) -> None:
        self.session.settings.language = code
        self.session.save_settings()
        messages.info(self.tr("The language changes the next time Kefu starts."))

    # -- messages and notifications ------------------------------------------------------------

    def show_message(self, message: Message) -> None:
        kind = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "info"}[message.level]
        self.message_banner.show_message(message.text, kind)
        if message.level is Level.INFO:
            self._message_timer.start(6000)
        else:
            self._message_timer.stop()

    def _notify_comment(self, ticket_id: int, comment: Comment) -> None:
        user = self.session.user
        if user is None or comment.author.id == user.id or self.tray is None:
            return
        if not self.session.settings.notifications:
            return
        number = f"KF-{1000 + ticket_id}"
        if self.mode_view is not None:
            ticket = self.mode_view.model.ticket(ticket_id)
            number = ticket.number if ticket else number
        self.tray.notify(self.tr("New reply on %1").replace("%1", number), comment.body[:200])
        self.tray.open_on_click(ticket_id)

    def _notify_ticket(self, ticket: Ticket) -> None:
        user = self.session.user
        if user is None or not user.is_agent or ticket.id in self._known_tickets:
            return
        self._known_tickets.add(ticket.id)
        if self.tray is not None and self.session.settings.notifications:
            self.tray.notify(
                self.tr("New ticket %1").replace("%1", ticket.number), ticket.title[:200]
            )
            self.tray.open_on_click(ticket.id)

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.mode_view is not None and self.mode_view.has_unsaved_work()
        if unsaved and self.ask_before_quit:
            answer = QMessageBox.question(
                self,
                self.tr("Quit Kefu?"),
                self.tr("You have text that was not sent yet. Quit anyway and lose it?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._window_settings.setValue("geometry", self.saveGeometry())
        self._window_settings.sync()
        event.accept()


__all__ = ["HubError", "MainWindow"]
