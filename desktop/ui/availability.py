"""An agent's "Available" / "Away" switch under the section rail. Routing
gives new tickets only to available agents (PATCH /me {available})."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from desktop.core import admin_api
from desktop.core.admin_api import Account
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.session import Session


class AvailabilityToggle(QPushButton):
    """Checked = available. Reads the hub's state when made (after sign-in);
    a click asks the hub, and the button shows what the hub answered.

    Signals: the button's own `toggled(bool)` once the hub has agreed.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("availability")
        self.setCheckable(True)
        # As wide as the rail, never wider: the rail's width is set by its sections.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setEnabled(False)  # until the hub says which it is
        self.setText(self.tr("Availability…"))
        self.available: bool | None = None
        self.clicked.connect(self._clicked)
        client = session.client
        if client is not None:
            session.runner.run(
                lambda: admin_api.me(client),
                name="availability",
                on_done=self._show,
                on_error=self._failed,
            )

    def _show(self, account: Account) -> None:
        self.available = account.available
        self.setEnabled(True)
        self.blockSignals(True)
        self.setChecked(account.available)
        self.blockSignals(False)
        self.setProperty("away", not account.available)
        self.style().unpolish(self)
        self.style().polish(self)
        if account.available:
            self.setText(self.tr("● Available"))
            self.setToolTip(self.tr("New tickets are routed to you. Click to go away."))
        else:
            self.setText(self.tr("○ Away"))
            self.setToolTip(
                self.tr("You get no new tickets; your own stay yours. Click when you are back.")
            )
        self.setAccessibleName(self.text())

    def _clicked(self, checked: bool) -> None:
        client = self.session.client
        if client is None:
            return
        self.setEnabled(False)
        self.session.runner.run(
            lambda: admin_api.set_available(client, checked),
            name="set availability",
            on_done=self._show,
            on_error=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        # Show the last state the hub confirmed, and say why the change did not happen.
        self.setEnabled(self.available is not None)
        self.blockSignals(True)
        self.setChecked(bool(self.available))
        self.blockSignals(False)
        messages.error(describe(exc))
