"""Administration → People, and who gets the Administration section at all:
real hub, real widgets, real sign-ins."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import admin_api
from desktop.core.hubclient import HubClient, HubError
from desktop.ui.admin import AdminSection
from desktop.ui.admin.users_tab import UsersTab
from desktop.ui.availability import AvailabilityToggle
from tests.ui.support import PASSWORD, Client, Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def open_admin(qtbot: Any, hub: Hub, make_client: MakeClient) -> tuple[Client, AdminSection]:
    client = make_client("admin")
    sign_in(qtbot, client, hub.admin())
    view = client.window.mode_view
    assert view is not None
    section = view.section("admin")
    assert isinstance(section, AdminSection)
    view.show_section("admin")
    return client, section


def press(box: QMessageBox | None, text: str) -> None:
    """Press the confirmation's button with this text, as a person would."""
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def pick(tab: UsersTab, qtbot: Any, email: str) -> None:
    qtbot.waitUntil(lambda: any(a.email == email for a in tab.model.rows), timeout=15000)
    tab.select_id(next(a.id for a in tab.model.rows if a.email == email))
    assert tab.editing is not None and tab.editing.email == email


def test_admin_creates_an_agent_who_signs_in(qtbot: Any, hub: Hub, make_client: MakeClient) -> None:
    _admin, section = open_admin(qtbot, hub, make_client)
    users = section.users
    qtbot.waitUntil(lambda: users.model.rowCount() > 0, timeout=15000)

    # Bad input: the hub's reason shows by the form, and nothing typed is lost.
    users.new_button.click()
    qtbot.keyClicks(users.email, "not an address")
    qtbot.keyClicks(users.name, "Nia New")
    users.save_button.click()
    qtbot.waitUntil(lambda: not users.error.isHidden(), timeout=15000)
    assert "e-mail address" in users.error.text()
    assert users.name.text() == "Nia New" and users.email.text() == "not an address"

    email = hub.email("nia")
    users.email.setText(email)
    users.role.setCurrentIndex(users.role.findData("agent"))
    users.senior.setChecked(True)
    users.save_button.click()
    qtbot.waitUntil(lambda: not users.password_box.isHidden(), timeout=15000)
    temporary = users.password_box.password.text()
    assert len(temporary) >= 8 and email in users.password_box.label.text()
    users.password_box.copy_button.click()
    assert QApplication.clipboard().text() == temporary
    made = next(a for a in users.model.rows if a.email == email)
    assert made.role == "agent" and made.senior and made.active
    assert users.editing is not None and users.editing.id == made.id  # the form shows them

    # The new agent signs in with the temporary password, in support mode,
    # with an availability toggle and no Administration.
    agent = make_client("nia")
    window = agent.window
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=15000)
    window.sign_in.email.setText(email)
    window.sign_in.password.setText(temporary)
    window.sign_in.sign_in_button.click()
    qtbot.waitUntil(lambda: window.mode_view is not None, timeout=15000)
    assert agent.session.user is not None and agent.session.user.display_name == "Nia New"
    view = window.mode_view
    assert view is not None and view.section("admin") is None
    toggle = view.rail_column.findChild(AvailabilityToggle)
    assert toggle is not None
    qtbot.waitUntil(toggle.isEnabled, timeout=15000)
    assert toggle.isChecked() and toggle.isVisible()


def test_deactivate_reset_and_reactivate(qtbot: Any, hub: Hub, make_client: MakeClient) -> None:
    admin, section = open_admin(qtbot, hub, make_client)
    users = section.users
    email = hub.agent("Dee Active")
    users.reload_button.click()
    pick(users, qtbot, email)
    qtbot.keyClicks(users.filter, "DEE ACT")  # the filter box narrows the list
    assert users.proxy.rowCount() == 1
    users.filter.clear()
    assert users.proxy.rowCount() == users.model.rowCount() > 1

    users.active_button.click()
    press(users.confirm_box, "Deactivate")
    qtbot.waitUntil(lambda: users.editing is not None and not users.editing.active, timeout=15000)
    assert users.active_button.text() == "Reactivate"
    with pytest.raises(HubError) as refused:
        HubClient(hub.url).login(email, PASSWORD)
    assert refused.value.error == "invalid_credentials"

    users.reload_button.click()  # the hub lists active accounts only; this one stays
    qtbot.waitUntil(lambda: section.session.runner.idle, timeout=15000)
    pick(users, qtbot, email)
    assert users.active_button.text() == "Reactivate"
    users.active_button.click()  # reactivating needs no confirmation
    qtbot.waitUntil(lambda: users.editing is not None and users.editing.active, timeout=15000)
    HubClient(hub.url).login(email, PASSWORD)

    users.reset_button.click()
    press(users.confirm_box, "Reset password")
    qtbot.waitUntil(lambda: not users.password_box.isHidden(), timeout=15000)
    temporary = users.password_box.password.text()
    with pytest.raises(HubError):
        HubClient(hub.url).login(email, PASSWORD)
    assert HubClient(hub.url).login(email, temporary).user.email == email

    # An admin cannot lock themselves out; the hub's reason shows by the form.
    assert admin.session.user is not None
    pick(users, qtbot, admin.session.user.email)
    users.active_button.click()
    press(users.confirm_box, "Deactivate")
    qtbot.waitUntil(lambda: not users.error.isHidden(), timeout=15000)
    assert "yourself" in users.error.text()
    assert users.editing is not None and users.editing.active

    # Editing: a customer made VIP, with a new organization.
    customer = hub.customer("Vic Tor", organization="Old Co")
    users.reload_button.click()
    pick(users, qtbot, customer)
    assert users.vip.isEnabled() and not users.senior.isEnabled()  # VIP is for customers
    users.organization.setText("New Co")
    users.vip.setChecked(True)
    users.save_button.click()
    qtbot.waitUntil(
        lambda: users.editing is not None and users.editing.organization == "New Co", timeout=15000
    )
    assert users.editing is not None and users.editing.vip


def test_agents_have_no_administration_and_the_hub_refuses_them(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    email = hub.agent("Nora Normal")
    client = make_client("agent")
    sign_in(qtbot, client, email)
    view = client.window.mode_view
    assert view is not None and view.section("admin") is None
    assert view.rail_footer.count() == 1  # the availability toggle, nothing else of ours

    agent = hub.client(email)
    with pytest.raises(HubError) as refused:
        admin_api.create_account(agent, email=hub.email("x"), display_name="X", role="agent")
    assert refused.value.status == 403
    with pytest.raises(HubError) as refused:
        admin_api.write_sla(agent, admin_api.read_sla(agent))
    assert refused.value.status == 403

    customer = make_client("customer")
    sign_in(qtbot, customer, hub.customer())
    customer_view = customer.window.mode_view
    assert customer_view is not None and customer_view.section("admin") is None
    assert customer_view.rail_column.findChild(AvailabilityToggle) is None
