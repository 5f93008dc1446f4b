"""Every control a person can reach on the main screens has a name a screen
reader can say (its accessible name, its own text, or a label that is its
buddy), and Tab moves through each screen without getting stuck.

KNOWN_GAPS lists what the walk finds today in modules this test does not own,
with the module and the one-line fix; anything else it finds fails the test,
so no new unnamed control or Tab trap gets in. Remove an entry once fixed.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.core import submission
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
)
TRAPPED = 12

KNOWN_GAPS: set[str] = set()  # nothing known today: every finding fails the test
# Parts of a composite control, named by the control that holds them.
COMPOSITES = (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView, QTabBar)


def form_labels(root: QWidget) -> dict[int, str]:
    """id(field) -> label text for fields laid out in a QFormLayout."""
    named: dict[int, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        layout = widget.layout()
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label and field and isinstance(label.widget(), QLabel) and field.widget():
                    named[id(field.widget())] = label.widget().text()  # type: ignore[union-attr]
    return named


def describe(widget: QWidget) -> str:
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(
            type(parent).__name__ + (f"#{parent.objectName()}" if parent.objectName() else "")
        )
        parent = parent.parentWidget()
    return f"{type(widget).__name__}#{widget.objectName()} in {' < '.join(chain)}"


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible controls under `root` that a screen reader could not name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    labelled = form_labels(root)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        parent = widget.parentWidget()
        if any(isinstance(p, COMPOSITES) for p in ancestors(parent, root)):
            continue
        own_text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
        if widget.accessibleName() or own_text.strip() or widget.toolTip():
            continue
        if id(widget) in buddies or labelled.get(id(widget), "").strip():
            continue
        missing.append(describe(widget))
    return missing


def ancestors(widget: QWidget | None, root: QWidget) -> list[QWidget]:
    found = []
    while widget is not None and widget is not root:
        found.append(widget)
        widget = widget.parentWidget()
    return found


def tab_walk(qtbot: Any, start: QWidget, presses: int = 40) -> list[QWidget]:
    """Press Tab from `start`; the widgets that had the focus, in order."""
    window = start.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10000)
    seen: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def tab_problems(qtbot: Any, start: QWidget, at_least: int) -> list[str]:
    """Where Tab is trapped (one control keeps the focus for TRAPPED presses in a
    row: a date edit's sections or a short table's cells take a few), or too few
    stops in 40 presses."""
    seen = tab_walk(qtbot, start)
    problems, run = [], 1
    for before, after in pairwise(seen):
        run = run + 1 if after is before else 1
        if run == TRAPPED:
            problems.append(f"Tab is trapped in {describe(after)}")
    if len({id(w) for w in seen}) < at_least and not problems:
        problems.append(f"Tab reaches only {[describe(w) for w in dict.fromkeys(seen)]}")
    return problems


def test_customer_screens_name_their_controls_and_tab_through(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    email = hub.customer("Ana Access")
    ticket = submission.send_ticket(
        hub.client(email), submission.TicketDraft(title="Cannot print", body="Since today.")
    )
    client = make_client("access-customer")
    sign_in(qtbot, client, email)
    window = client.window
    view = window.mode_view
    assert view is not None
    problems: list[str] = []

    problems += unnamed_controls(window)  # My tickets
    problems += tab_problems(qtbot, view.list_page.table, at_least=4)
    view.show_new_ticket()
    problems += unnamed_controls(window)
    assert view.new_ticket is not None
    problems += tab_problems(qtbot, view.new_ticket.title_edit, at_least=5)
    view.open_ticket(ticket.id)
    qtbot.waitUntil(lambda: view.ticket_page.ticket is not None, timeout=15000)
    qtbot.waitUntil(lambda: client.session.runner.idle, timeout=15000)
    problems += unnamed_controls(window)
    problems += tab_problems(qtbot, view.ticket_page.reply_edit, at_least=3)
    view.show_section("help")
    qtbot.waitUntil(lambda: client.session.runner.idle, timeout=15000)
    problems += unnamed_controls(window)
    problems += tab_problems(qtbot, view.rail, at_least=3)
    new = [p for p in problems if p not in KNOWN_GAPS]
    assert new == [], "\n".join(new)


def test_agent_screens_name_their_controls_and_tab_through(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    customer = hub.customer("Ben Access")
    ticket = submission.send_ticket(
        hub.client(customer), submission.TicketDraft(title="Slow Gantt chart", body="")
    )
    client = make_client("access-admin")
    sign_in(qtbot, client, hub.admin("Ada Access"))
    window = client.window
    view = window.mode_view
    assert view is not None
    idle = client.session.runner
    problems: list[str] = []

    problems += unnamed_controls(window)  # the queue as a list
    problems += tab_problems(qtbot, view.rail, at_least=5)
    view.open_ticket(ticket.id)
    qtbot.waitUntil(lambda: view.ticket_page.ticket is not None and idle.idle, timeout=15000)
    problems += unnamed_controls(window)
    problems += tab_problems(qtbot, view.ticket_page.reply_edit, at_least=4)
    for key in ("kb", "metrics", "admin"):
        view.show_section(key)
        qtbot.waitUntil(lambda: idle.idle, timeout=15000)
        problems += unnamed_controls(window)
        problems += tab_problems(qtbot, view.rail, at_least=4)
    new = [p for p in problems if p not in KNOWN_GAPS]
    assert new == [], "\n".join(new)


def test_the_walk_finds_an_unnamed_control_and_a_tab_trap(qtbot: Any, look: None) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    named, labelled, unnamed = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Title")
    form.addRow(named)
    form.addRow("Category", labelled)
    form.addRow(unnamed)
    notes = QPlainTextEdit()
    form.addRow("Notes", notes)
    page.show()
    qtbot.waitExposed(page)
    assert unnamed_controls(page) == [describe(unnamed)]
    assert tab_problems(qtbot, notes, at_least=2) == [f"Tab is trapped in {describe(notes)}"]
    notes.setTabChangesFocus(True)
    assert tab_problems(qtbot, named, at_least=4) == []
