"""First start (which hub?) and signing in / creating an account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hubclient import HubClient, normalize_hub_url
from desktop.ui.errors import describe
from desktop.ui.tasks import TaskRunner


def _card(title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    body = QLabel(text)
    body.setWordWrap(True)
    body.setObjectName("muted")
    layout.addWidget(body)
    return frame, layout


def _centered(inner: QWidget, width: int = 560) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    inner.setMaximumWidth(width)
    inner.setMinimumWidth(min(width, 420))
    row.addWidget(inner, 3)
    row.addStretch(1)
    return row


class WelcomePage(QWidget):
    """Asks where the tickets live.

    Signals: embedded_chosen(); remote_chosen(str url) once the URL answered as a hub.
    """

    embedded_chosen = Signal()
    remote_chosen = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setSpacing(16)
        title = QLabel(self.tr("Welcome to Kefu"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Report a problem straight from your screen, follow the answers, "
                "or help the people who asked. First, where should your tickets live?"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        local, local_layout = _card(
            self.tr("Use Kefu on this computer"),
            self.tr(
                "Kefu runs its own small hub on this computer. Good for trying it out, "
                "or for one person who is both customer and support."
            ),
        )
        self.local_button = QPushButton(self.tr("Use Kefu on this computer"))
        self.local_button.setObjectName("primary")
        self.local_button.clicked.connect(self.embedded_chosen)
        local_layout.addWidget(self.local_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(local)

        remote, remote_layout = _card(
            self.tr("Connect to my organization's hub"),
            self.tr("Your support team gives you the address, e.g. https://support.example.com."),
        )
        row = QHBoxLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("Hub address"))
        self.url_edit.setAccessibleName(self.tr("Hub address"))
        self.url_edit.returnPressed.connect(self.check_url)
        row.addWidget(self.url_edit, 1)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.check_url)
        row.addWidget(self.connect_button)
        remote_layout.addLayout(row)
        self.url_error = QLabel()
        self.url_error.setObjectName("formError")
        self.url_error.setWordWrap(True)
        self.url_error.hide()
        remote_layout.addWidget(self.url_error)
        layout.addWidget(remote)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(_centered(column))
        outer.addStretch(2)

    def check_url(self) -> None:
        """Normalize the address and ask its /health before accepting it."""
        self.url_error.hide()
        try:
            url = normalize_hub_url(self.url_edit.text())
        except ValueError:
            self._show_error(self.tr("Enter the hub's address, e.g. https://support.example.com."))
            return
        self.connect_button.setEnabled(False)
        self.connect_button.setText(self.tr("Checking…"))

        def done(_health: object) -> None:
            self._reset_button()
            self.remote_chosen.emit(url)

        def failed(exc: Exception) -> None:
            self._reset_button()
            self._show_error(describe(exc))

        self.runner.run(lambda: HubClient(url).health(), on_done=done, on_error=failed)

    def _reset_button(self) -> None:
        self.connect_button.setEnabled(True)
        self.connect_button.setText(self.tr("Connect"))

    def _show_error(self, text: str) -> None:
        self.url_error.setText(text)
        self.url_error.show()


class SignInPage(QWidget):
    """Sign in, or create an account (a customer; an agent too on the built-in hub).

    Signals: sign_in_requested(str email, str password);
    register_requested(str email, str password, str name, str organization, bool agent);
    change_hub_requested().
    """

    sign_in_requested = Signal(str, str)
    register_requested = Signal(str, str, str, str, bool)
    change_hub_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        self.title = QLabel(self.tr("Sign in to Kefu"))
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.hub_label = QLabel()
        self.hub_label.setObjectName("muted")
        layout.addWidget(self.hub_label)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        # Sign in
        signin = QWidget()
        form = QFormLayout(signin)
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.com")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._sign_in)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Password"), self.password)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._sign_in)
        form.addRow("", self.sign_in_button)
        self.tabs.addTab(signin, self.tr("Sign in"))

        # Create an account
        register = QWidget()
        rform = QFormLayout(register)
        self.reg_name = QLineEdit()
        self.reg_email = QLineEdit()
        self.reg_email.setPlaceholderText("name@example.com")
        self.reg_org = QLineEdit()
        self.reg_org.setPlaceholderText(self.tr("optional"))
        self.reg_password = QLineEdit()
        self.reg_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reg_password.setPlaceholderText(self.tr("at least 8 characters"))
        self.reg_agent = QCheckBox(self.tr("This is a support agent account (this computer only)"))
        self.reg_agent.toggled.connect(lambda on: self.reg_org.setEnabled(not on))
        rform.addRow(self.tr("Your name"), self.reg_name)
        rform.addRow(self.tr("E-mail"), self.reg_email)
        rform.addRow(self.tr("Organization"), self.reg_org)
        rform.addRow(self.tr("Password"), self.reg_password)
        rform.addRow("", self.reg_agent)
        self.register_button = QPushButton(self.tr("Create account"))
        self.register_button.setObjectName("primary")
        self.register_button.clicked.connect(self._register)
        rform.addRow("", self.register_button)
        self.tabs.addTab(register, self.tr("Create account"))

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.change_hub = QPushButton(self.tr("Use another hub…"))
        self.change_hub.setFlat(True)
        self.change_hub.clicked.connect(self.change_hub_requested)
        layout.addWidget(self.change_hub, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(_centered(column, 480))
        outer.addStretch(2)

    def prepare(self, hub_text: str, email: str, embedded: bool) -> None:
        self.hub_label.setText(hub_text)
        if email and not self.email.text():
            self.email.setText(email)
        self.reg_agent.setVisible(embedded)
        self.reg_agent.setChecked(False)
        self.password.clear()
        self.reg_password.clear()
        self.set_busy(False)
        self.error.hide()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.sign_in_button, self.register_button, self.tabs):
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()

    def _sign_in(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.show_error(self.tr("Enter your e-mail address and password."))
            return
        self.error.hide()
        self.set_busy(True)
        self.sign_in_requested.emit(email, password)

    def _register(self) -> None:
        name = self.reg_name.text().strip()
        email = self.reg_email.text().strip()
        password = self.reg_password.text()
        if not name or "@" not in email:
            self.show_error(self.tr("Enter your name and a valid e-mail address."))
            return
        if len(password) < 8:
            self.show_error(self.tr("The password needs at least 8 characters."))
            return
        self.error.hide()
        self.set_busy(True)
        self.register_requested.emit(
            email, password, name, self.reg_org.text().strip(), self.reg_agent.isChecked()
        )
