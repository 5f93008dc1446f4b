"""Administration → People: list accounts, create one (its temporary password
shown once, with a copy button), edit it, deactivate or reactivate it, and
reset its password."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QPushButton, QWidget

from desktop.core import admin_api
from desktop.core.admin_api import Account, NewAccount
from desktop.core.hubclient import HubClient
from desktop.ui.admin.account_widgets import TemporaryPasswordBox, confirm
from desktop.ui.admin.editor_tab import EditorTab
from desktop.ui.session import Session

ROLES = ("agent", "admin", "customer")


class UsersTab(EditorTab[Account]):
    """People. The hub lists active accounts only, so the ones deactivated
    here are kept in the list (and can be reactivated) until the app closes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.role_names = {
            "agent": self.tr("Agent"),
            "admin": self.tr("Administrator"),
            "customer": self.tr("Customer"),
        }
        self.confirm_box: QMessageBox | None = None
        self.deactivated: dict[int, Account] = {}
        self.new_button.setText(self.tr("New account"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(self.role_names[role], role)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.organization = QLineEdit()
        self.vip = QCheckBox(self.tr("VIP customer (tickets get a higher priority)"))
        self.senior = QCheckBox(self.tr("Senior agent (takes VIP tickets)"))
        self.form.addRow(self.tr("E-mail"), self.email)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Organization"), self.organization)
        self.form.addRow("", self.vip)
        self.form.addRow("", self.senior)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self._ask_toggle_active)
        self.reset_button = QPushButton(self.tr("Reset password"))
        self.reset_button.clicked.connect(self._ask_reset)
        self.buttons.addWidget(self.active_button)
        self.buttons.addWidget(self.reset_button)
        self.password_box = TemporaryPasswordBox()
        self.card_layout.addWidget(self.password_box)
        self.finish_form(
            self.tr("Agents and admins work the queue; customers file tickets."),
            self.tr("Accounts"),
            [
                (self.tr("Name"), lambda a: a.display_name),
                (self.tr("E-mail"), lambda a: a.email),
                (self.tr("Role"), lambda a: self.role_names.get(a.role, a.role)),
                (self.tr("Organization"), lambda a: a.organization or ""),
                (self.tr("State"), self._state_text),
            ],
        )

    def _state_text(self, account: Account) -> str:
        if not account.active:
            return self.tr("Deactivated")
        parts = []
        if account.role != "customer":
            parts.append(self.tr("Available") if account.available else self.tr("Away"))
        if account.senior:
            parts.append(self.tr("Senior"))
        if account.vip:
            parts.append(self.tr("VIP"))
        return ", ".join(parts)

    # -- EditorTab ----------------------------------------------------------------------

    def load(self, client: HubClient) -> Sequence[Account]:
        active = admin_api.list_accounts(client)
        listed = {a.id for a in active}
        kept = list(self.deactivated.items())  # a copy: the GUI thread may add to it
        return active + [a for i, a in kept if i not in listed]

    def _role_changed(self) -> None:
        # VIP is about customers, seniority about agents; the other does nothing.
        customer = self.role.currentData() == "customer"
        self.vip.setEnabled(customer)
        self.senior.setEnabled(not customer)

    def clear_form(self) -> None:
        self.form_title.setText(self.tr("New account"))
        for edit in (self.email, self.name, self.organization):
            edit.clear()
        self.email.setReadOnly(False)
        self.role.setCurrentIndex(0)
        self.vip.setChecked(False)
        self.senior.setChecked(False)
        self._role_changed()
        self.save_button.setText(self.tr("Create account"))
        self.active_button.hide()
        self.reset_button.hide()
        self.password_box.hide()

    def fill_form(self, account: Account) -> None:
        if account.email != self.password_box.email:
            self.password_box.hide()  # it belongs to someone else
        self.form_title.setText(account.display_name)
        self.email.setText(account.email)
        self.email.setReadOnly(True)  # the hub keeps an account's e-mail
        self.name.setText(account.display_name)
        self.role.setCurrentIndex(max(self.role.findData(account.role), 0))
        self.organization.setText(account.organization or "")
        self.vip.setChecked(account.vip)
        self.senior.setChecked(account.senior)
        self._role_changed()
        self.save_button.setText(self.tr("Save changes"))
        self.active_button.setText(
            self.tr("Deactivate") if account.active else self.tr("Reactivate")
        )
        self.active_button.show()
        self.reset_button.show()

    def save(self) -> None:
        name, role = self.name.text().strip(), str(self.role.currentData())
        org = self.organization.text().strip() or None
        vip, senior = self.vip.isChecked(), self.senior.isChecked()
        if self.editing is None:
            email = self.email.text().strip()
            self.run_write(
                lambda c: admin_api.create_account(
                    c,
                    email=email,
                    display_name=name,
                    role=role,
                    organization=org,
                    vip=vip,
                    senior=senior,
                ),
                self._created,
            )
            return
        user_id = self.editing.id
        changes: dict[str, Any] = {
            "display_name": name,
            "role": role,
            "organization": org or "",
            "vip": vip,
            "senior": senior,
        }
        self.run_write(lambda c: admin_api.update_account(c, user_id, changes), self._saved)

    # -- answers ------------------------------------------------------------------------

    def _created(self, made: NewAccount) -> None:
        self._saved(made.user)
        if made.temporary_password:
            self.password_box.show_password(made.user.email, made.temporary_password)

    def _saved(self, account: Account) -> None:
        if account.active:
            self.deactivated.pop(account.id, None)
        else:
            self.deactivated[account.id] = account
        self.saved(account)
        self.session.load_reference_data()  # assignee pickers follow names and roles

    def _ask_toggle_active(self) -> None:
        account = self.editing
        if account is None:
            return
        change = {"active": not account.active}

        def run() -> None:
            self.run_write(lambda c: admin_api.update_account(c, account.id, change), self._saved)

        if not account.active:
            run()
            return
        text = self.tr("Deactivate %1? They are signed out and cannot sign in again.")
        name = account.display_name
        self.confirm_box = confirm(self, text.replace("%1", name), self.tr("Deactivate"), run)

    def _ask_reset(self) -> None:
        account = self.editing
        if account is None:
            return

        def reset() -> None:
            self.run_write(
                lambda c: admin_api.reset_password(c, account.id),
                lambda password: self.password_box.show_password(account.email, password),
            )

        text = self.tr("Give %1 a new temporary password? They are signed out everywhere.")
        name = account.display_name
        self.confirm_box = confirm(self, text.replace("%1", name), self.tr("Reset password"), reset)
