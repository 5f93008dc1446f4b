"""The agent's details beside a ticket: who the customer is, and the ticket's
status, priority, assignee, category and SLA clocks (changes go to the hub)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QWidget

from desktop.core.models import AGENT_MOVES, PRIORITIES, TicketDetail
from desktop.core.sla_clock import ClockKind
from desktop.ui import i18n
from desktop.ui.session import Session
from desktop.ui.sla_text import STATE_COLORS, countdown_text, ticket_clock, tooltip
from desktop.ui.ticket_model import agent_status_text


class TicketDetailsPanel(QFrame):
    """Signals: change_requested(dict) with the fields to PATCH."""

    change_requested = Signal(dict)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ticket: TicketDetail | None = None
        self.setObjectName("card")
        form = QFormLayout(self)
        heading = QLabel(self.tr("Customer"))
        heading.setObjectName("cardTitle")
        form.addRow(heading)
        self.customer_name = QLabel()
        self.customer_email = QLabel()
        self.customer_email.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_org = QLabel()
        self.customer_vip = QLabel(self.tr("VIP"))
        self.customer_vip.setObjectName("vip")
        form.addRow(self.tr("Name"), self.customer_name)
        form.addRow(self.tr("E-mail"), self.customer_email)
        form.addRow(self.tr("Organization"), self.customer_org)
        form.addRow("", self.customer_vip)
        heading2 = QLabel(self.tr("Ticket"))
        heading2.setObjectName("cardTitle")
        heading2.setContentsMargins(0, 12, 0, 0)
        form.addRow(heading2)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.activated.connect(self._status_chosen)
        form.addRow(self.tr("Status"), self.status_combo)
        self.priority_combo = QComboBox()
        self.priority_combo.setAccessibleName(self.tr("Priority"))
        for priority in PRIORITIES:
            self.priority_combo.addItem(priority, priority)
        self.priority_combo.activated.connect(
            lambda _i: self.change_requested.emit({"priority": self.priority_combo.currentData()})
        )
        form.addRow(self.tr("Priority"), self.priority_combo)
        self.assignee_combo = QComboBox()
        self.assignee_combo.setAccessibleName(self.tr("Assignee"))
        self.assignee_combo.activated.connect(
            lambda _i: self.change_requested.emit(
                {"assignee_id": self.assignee_combo.currentData()}
            )
        )
        form.addRow(self.tr("Assignee"), self.assignee_combo)
        self.category_label = QLabel()
        form.addRow(self.tr("Category"), self.category_label)
        self.first_response_label = QLabel()
        form.addRow(self.tr("First response"), self.first_response_label)
        self.resolution_label = QLabel()
        form.addRow(self.tr("Resolution"), self.resolution_label)
        self.created_label = QLabel()
        form.addRow(self.tr("Created"), self.created_label)
        self.form = form  # other panels may add rows below

    def _status_chosen(self, _index: int) -> None:
        target = self.status_combo.currentData()
        if self.ticket is not None and target != self.ticket.status.value:
            self.change_requested.emit({"status": target})

    def show_ticket(self, ticket: TicketDetail) -> None:
        self.ticket = ticket
        customer = ticket.customer
        self.customer_name.setText(customer.display_name)
        self.customer_email.setText(customer.email or "—")
        self.customer_org.setText(customer.organization or "—")
        self.customer_vip.setVisible(customer.vip)
        self.status_combo.clear()
        self.status_combo.addItem(agent_status_text(ticket.status), ticket.status.value)
        for target in AGENT_MOVES[ticket.status]:
            self.status_combo.addItem("→ " + agent_status_text(target), target.value)
        self.status_combo.setCurrentIndex(0)
        self.priority_combo.setCurrentIndex(max(self.priority_combo.findData(ticket.priority), 0))
        self._fill_assignees(ticket)
        chinese = i18n.current_language() == "zh_CN"
        self.category_label.setText(
            self.session.category_name(ticket.category_id, chinese) or self.tr("None")
        )
        # The clock that runs now in the board's words and colours; the other row
        # says done, or when it is due.
        running = ticket_clock(ticket)
        rows = (
            (self.first_response_label, ClockKind.FIRST_RESPONSE, ticket.first_response_at,
             ticket.first_response_due),
            (self.resolution_label, ClockKind.RESOLUTION, ticket.resolved_at,
             ticket.resolution_due),
        )  # fmt: skip
        for label, kind, done_at, due in rows:
            color = ""
            if done_at is not None:
                text = self.tr("done")
            elif running is not None and running.kind is kind:
                text = countdown_text(running)
                color = STATE_COLORS[running.state]
            elif due is not None:
                text = self.tr("due %1").replace("%1", due.astimezone().strftime("%m-%d %H:%M"))
            else:
                text = "—"
            label.setText(text)
            label.setToolTip(
                tooltip(running) if running is not None and running.kind is kind else ""
            )
            label.setStyleSheet(f"color: {color}; font-weight: 600;" if color else "")
        self.created_label.setText(ticket.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))

    def _fill_assignees(self, ticket: TicketDetail) -> None:
        self.assignee_combo.clear()
        self.assignee_combo.addItem(self.tr("Unassigned"), None)
        me = self.session.user
        agents = list(self.session.agents)
        if me is not None and all(a.id != me.id for a in agents):
            agents.insert(0, me)
        for agent in agents:
            label = agent.display_name
            if me is not None and agent.id == me.id:
                label = self.tr("%1 (me)").replace("%1", label)
            self.assignee_combo.addItem(label, agent.id)
        if ticket.assignee and self.assignee_combo.findData(ticket.assignee.id) < 0:
            self.assignee_combo.addItem(ticket.assignee.display_name, ticket.assignee.id)
        current = ticket.assignee.id if ticket.assignee else None
        self.assignee_combo.setCurrentIndex(max(self.assignee_combo.findData(current), 0))
