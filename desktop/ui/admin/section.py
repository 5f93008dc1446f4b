"""The Administration section (admins only) and how it, and the agents'
availability toggle, join a signed-in user's rail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.core.models import Role
from desktop.ui.admin.canned_tab import CannedTab
from desktop.ui.admin.categories_tab import CategoriesTab
from desktop.ui.admin.groups_tab import GroupsTab
from desktop.ui.admin.sla_tab import SlaTab
from desktop.ui.admin.users_tab import UsersTab
from desktop.ui.availability import AvailabilityToggle
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.ui.mode_view import ModeView


class AdminSection(QWidget):
    """Tabs for people, groups, categories, the SLA and canned replies. A tab
    reads the hub when it is shown, so what others changed appears; what the
    admin has typed into a form stays."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Administration"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.users = UsersTab(session)
        self.groups = GroupsTab(session)
        self.categories = CategoriesTab(session)
        self.sla = SlaTab(session)
        self.canned = CannedTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.users, self.tr("People"))
        self.tabs.addTab(self.groups, self.tr("Groups"))
        self.tabs.addTab(self.categories, self.tr("Categories"))
        self.tabs.addTab(self.sla, self.tr("SLA"))
        self.tabs.addTab(self.canned, self.tr("Canned replies"))
        self.tabs.currentChanged.connect(lambda _i: self.reload_current())
        layout.addWidget(self.tabs, 1)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def reload_current(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, UsersTab | GroupsTab | CategoriesTab | SlaTab | CannedTab):
            tab.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_current()


def install_admin(view: ModeView) -> None:
    """Add Administration to an admin's rail, and the availability toggle under
    any agent's rail (called from `desktop.ui.sections.install_sections`)."""
    if view.user.role is Role.ADMIN:
        title = QCoreApplication.translate("AdminSection", "Administration")
        view.add_section("admin", title, AdminSection(view.session))
    if view.user.is_agent:
        view.rail_footer.addWidget(AvailabilityToggle(view.session))
