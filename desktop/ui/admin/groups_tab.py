"""Administration → Groups: the skill groups tickets are routed to (name,
description, and which agents are members)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QPlainTextEdit, QWidget

from desktop.core import admin_api
from desktop.core.admin_api import Account, SkillGroup
from desktop.core.hubclient import HubClient
from desktop.ui.admin.editor_tab import EditorTab
from desktop.ui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupsTab(EditorTab[SkillGroup]):
    """Groups with their member agents; a category routes to one group."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.agents: list[Account] = []
        self.new_button.setText(self.tr("New group"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Billing"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What this group knows about"))
        self.description.setFixedHeight(64)
        self.members_model = QStandardItemModel(self)
        self.members = QListView()
        self.members.setModel(self.members_model)
        self.members.setAccessibleName(self.tr("Members"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Members"), self.members)
        self.finish_form(
            self.tr("New tickets go to the least-busy available member of their category's group."),
            self.tr("Groups"),
            [
                (self.tr("Group"), lambda g: g.name),
                (self.tr("Members"), self._member_count),
                (self.tr("Description"), lambda g: g.description or ""),
            ],
        )

    def _member_count(self, group: SkillGroup) -> str:
        return str(len(group.member_ids))

    # -- EditorTab ----------------------------------------------------------------------

    def load(self, client: HubClient) -> Sequence[SkillGroup]:
        # Runs on a worker: it only hands the agents over (read in rows_loaded, on
        # the GUI thread, after the result's signal). Members are agents and admins.
        accounts = admin_api.list_accounts(client)
        self.agents = [a for a in accounts if a.role in ("agent", "admin")]
        return admin_api.list_groups(client)

    def rows_loaded(self) -> None:
        # The agents may have changed; keep the ticks the admin has set so far.
        self._fill_members(self.checked_ids())

    def _fill_members(self, checked: Sequence[int]) -> None:
        self.members_model.clear()
        for agent in self.agents:
            item = QStandardItem(f"{agent.display_name} <{agent.email}>")
            item.setData(agent.id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if agent.id in checked else Qt.CheckState.Unchecked
            )
            self.members_model.appendRow(item)

    def checked_ids(self) -> list[int]:
        ids = []
        for row in range(self.members_model.rowCount()):
            item = self.members_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(ID_ROLE)))
        return ids

    def set_member(self, agent_id: int, member: bool) -> None:
        """Tick or untick one agent, as a click on the box does."""
        for row in range(self.members_model.rowCount()):
            item = self.members_model.item(row)
            if item.data(ID_ROLE) == agent_id:
                item.setCheckState(Qt.CheckState.Checked if member else Qt.CheckState.Unchecked)

    def clear_form(self) -> None:
        self.form_title.setText(self.tr("New group"))
        self.name.clear()
        self.description.clear()
        self._fill_members([])
        self.save_button.setText(self.tr("Create group"))

    def fill_form(self, group: SkillGroup) -> None:
        self.form_title.setText(group.name)
        self.name.setText(group.name)
        self.description.setPlainText(group.description or "")
        self._fill_members(group.member_ids)
        self.save_button.setText(self.tr("Save changes"))

    def save(self) -> None:
        group_id = self.editing.id if self.editing is not None else None
        name = self.name.text().strip()
        description = self.description.toPlainText().strip() or None
        members = self.checked_ids()
        self.run_write(
            lambda c: admin_api.save_group(
                c, group_id, name=name, description=description, member_ids=members
            ),
            self._saved,
        )

    def _saved(self, group: SkillGroup) -> None:
        self.saved(group)
        self.session.load_reference_data()  # the queue's group filter follows
