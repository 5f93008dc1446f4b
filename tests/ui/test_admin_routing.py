"""Administration that changes how tickets travel: groups and categories
(routing), SLA targets (due times), canned replies, and an agent's availability.
Real hub, real widgets; tickets filed by real customers."""

from __future__ import annotations

import itertools
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.core import admin_api, submission
from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.settings import HubMode, Settings
from desktop.core.submission import TicketDraft
from desktop.ui.admin import AdminSection
from desktop.ui.availability import AvailabilityToggle
from tests.ui.support import PASSWORD, Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e
_n = itertools.count(1)


def open_admin(qtbot: Any, make_client: MakeClient, email: str, **kw: Any) -> AdminSection:
    client = make_client("admin", **kw)
    sign_in(qtbot, client, email)
    view = client.window.mode_view
    assert view is not None
    section = view.section("admin")
    assert isinstance(section, AdminSection)
    view.show_section("admin")
    return section


def file_ticket(client: HubClient, title: str, category_id: int | None = None) -> Any:
    return submission.send_ticket(
        client, TicketDraft(title=title, body="", category_id=category_id)
    )


def test_a_categorys_group_decides_where_new_tickets_go(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    n = next(_n)
    rita_email = hub.agent("Rita Router")
    rita = admin_api.me(hub.client(rita_email))
    admin_email = hub.admin()
    # A category of this test's own, so the shared hub's seeded routing stays as it is.
    slug = f"route_test_{n}_{id(hub) % 10000}"
    category = admin_api.create_category(
        hub.client(admin_email), slug=slug, name="Invoices", name_zh="发票", group_id=None
    )
    section = open_admin(qtbot, make_client, admin_email)

    groups = section.groups
    section.show_tab(groups)
    qtbot.waitUntil(lambda: groups.members_model.rowCount() > 0, timeout=15000)
    groups.new_button.click()
    group_name = f"Billing {n}-{slug[-4:]}"
    qtbot.keyClicks(groups.name, group_name)
    groups.description.setPlainText("Invoices and refunds")
    groups.set_member(rita.id, True)
    groups.save_button.click()
    qtbot.waitUntil(lambda: groups.editing is not None, timeout=15000)
    group = groups.editing
    assert group is not None and group.name == group_name and group.member_ids == [rita.id]

    # The same name again: the hub's reason by the form, the typing kept.
    groups.new_button.click()
    qtbot.keyClicks(groups.name, group_name)
    groups.save_button.click()
    qtbot.waitUntil(lambda: not groups.error.isHidden(), timeout=15000)
    assert "already" in groups.error.text() and groups.name.text() == group_name

    categories = section.categories
    section.show_tab(categories)
    qtbot.waitUntil(lambda: categories.model.row_of(category.id) >= 0, timeout=15000)
    qtbot.waitUntil(lambda: categories.group.findData(group.id) >= 0, timeout=15000)
    categories.select_id(category.id)
    assert categories.slug.text() == slug and categories.slug.isReadOnly()
    categories.group.setCurrentIndex(categories.group.findData(group.id))
    categories.name_zh.setText("发票与退款")
    categories.save_button.click()
    qtbot.waitUntil(
        lambda: categories.editing is not None and categories.editing.group_id == group.id,
        timeout=15000,
    )
    row = categories.model.row_of(category.id)
    assert categories.model.data(categories.model.index(row, 3)) == group_name

    ticket = file_ticket(hub.client(hub.customer()), "Invoice total is wrong", category.id)
    assert ticket.group_id == group.id
    assert ticket.assignee is not None and ticket.assignee.id == rita.id

    # Hidden: customers no longer get it; it stays in the tab to be shown again.
    categories.active.setChecked(False)
    categories.save_button.click()
    qtbot.waitUntil(
        lambda: categories.editing is not None and not categories.editing.active, timeout=15000
    )
    customer = hub.client(hub.customer())
    assert category.id not in {c.id for c in customer.categories()}
    categories.reload_button.click()
    qtbot.waitUntil(lambda: section.session.runner.idle, timeout=15000)
    qtbot.waitUntil(lambda: categories.model.row_of(category.id) >= 0, timeout=15000)
    categories.select_id(category.id)
    assert not categories.active.isChecked()
    categories.active.setChecked(True)
    categories.save_button.click()
    qtbot.waitUntil(
        lambda: categories.editing is not None and categories.editing.active, timeout=15000
    )
    assert category.id in {c.id for c in customer.categories()}


def test_availability_toggle_decides_who_gets_new_tickets(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    n = next(_n)
    admin = hub.client(hub.admin())
    email = hub.agent("Avi Away")
    avi = admin_api.me(hub.client(email))
    group = admin_api.save_group(
        admin, None, name=f"Night shift {n}-{avi.id}", description=None, member_ids=[avi.id]
    )
    category = admin_api.create_category(
        admin, slug=f"night_{n}_{avi.id}", name="Night", name_zh="夜班", group_id=group.id
    )
    customer = hub.client(hub.customer())

    client = make_client("avi")
    sign_in(qtbot, client, email)
    view = client.window.mode_view
    assert view is not None
    toggle = view.rail_column.findChild(AvailabilityToggle)
    assert toggle is not None
    qtbot.waitUntil(toggle.isEnabled, timeout=15000)
    assert toggle.isChecked() and "Available" in toggle.text()

    toggle.click()
    qtbot.waitUntil(lambda: toggle.isEnabled() and not toggle.isChecked(), timeout=15000)
    assert "Away" in toggle.text()
    assert admin_api.me(hub.client(email)).available is False
    waiting = file_ticket(customer, "Night job failed", category.id)
    assert waiting.group_id == group.id and waiting.assignee is None

    toggle.click()
    qtbot.waitUntil(lambda: toggle.isEnabled() and toggle.isChecked(), timeout=15000)
    assert "Available" in toggle.text()
    routed = file_ticket(customer, "Night job failed again", category.id)
    assert routed.assignee is not None and routed.assignee.id == avi.id


def test_sla_targets_set_new_tickets_due_times(
    qtbot: Any, make_client: MakeClient, own_hub: list[EmbeddedHub], tmp_path: Path
) -> None:
    # The SLA is hub-wide, so this test changes its own hub's, not the shared one.
    process = own_hub[0]
    url = process.url
    assert url is not None
    process.create_user(role="admin", email="sla-admin@example.com", name="Sal", password=PASSWORD)
    settings = Settings(hub_mode=HubMode.REMOTE, hub_url=url)
    section = open_admin(qtbot, make_client, "sla-admin@example.com", settings=settings)
    sla = section.sla
    section.show_tab(sla)
    qtbot.waitUntil(sla.save_button.isEnabled, timeout=15000)
    assert sla.first_response["P1"].minutes() == 30  # the hub's defaults are shown
    assert sla.resolution["P4"].minutes() == 72 * 60

    # A target the hub refuses: its reason shows, and what was typed stays.
    sla.first_response["P2"].set_minutes(10 * 60)
    sla.save_button.click()
    qtbot.waitUntil(lambda: not sla.error.isHidden(), timeout=15000)
    assert "P2" in sla.error.text()
    assert sla.first_response["P2"].minutes() == 10 * 60 and sla.save_button.isEnabled()

    sla.first_response["P2"].set_minutes(2 * 60)
    first = sla.first_response["P3"]
    first.unit.setCurrentIndex(first.unit.findData(1))
    first.number.setValue(90)
    resolution = sla.resolution["P3"]
    resolution.unit.setCurrentIndex(resolution.unit.findData(60))
    resolution.number.setValue(10)
    sla.hours.add_holiday()  # a holiday list travels too (business hours stay off)
    sla.save_button.click()
    qtbot.waitUntil(lambda: sla.status.text() != "", timeout=15000)
    assert sla.error.isHidden()
    saved = admin_api.read_sla(HubClient(url, admin_token(url)))
    policy = saved.policy("P3")
    assert policy is not None
    assert (policy.first_response_minutes, policy.resolution_minutes) == (90, 600)
    assert len(saved.calendar.holidays) == 1 and not saved.calendar.enabled

    HubClient(url).register("sla-customer@example.com", PASSWORD, "Sam", "Acme")
    customer = HubClient(url)
    customer.login("sla-customer@example.com", PASSWORD)
    ticket = file_ticket(customer, "Report layout looks wrong")
    assert ticket.priority == "P3"
    assert ticket.first_response_due is not None and ticket.resolution_due is not None
    assert ticket.first_response_due - ticket.created_at == timedelta(minutes=90)
    assert ticket.resolution_due - ticket.created_at == timedelta(hours=10)


def admin_token(url: str) -> str:
    client = HubClient(url)
    return client.login("sla-admin@example.com", PASSWORD).token


def test_canned_replies_are_created_edited_and_deleted(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    section = open_admin(qtbot, make_client, hub.admin())
    canned = section.canned
    section.show_tab(canned)
    assert "{customer_name}" in canned.placeholders.text()
    assert "{agent_name}" in canned.placeholders.text()
    title = f"Password reset steps {next(_n)}-{id(canned) % 9973}"
    canned.new_button.click()
    qtbot.keyClicks(canned.title, title)
    canned.body.setPlainText("Hello {customer_name}, about {ticket_number}: …")
    canned.save_button.click()
    qtbot.waitUntil(lambda: canned.editing is not None, timeout=15000)
    made = canned.editing
    assert made is not None and made.title == title
    agent = hub.client(hub.agent())
    assert any(r.id == made.id for r in admin_api.list_canned(agent))

    canned.body.setPlainText("Hi {customer_name}, see {ticket_title}.")
    canned.save_button.click()
    qtbot.waitUntil(
        lambda: canned.editing is not None and canned.editing.body.startswith("Hi"), timeout=15000
    )
    canned.delete_button.click()
    box = canned.confirm_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Delete").click()
    qtbot.waitUntil(lambda: canned.model.row_of(made.id) < 0, timeout=15000)
    assert canned.editing is None
    assert all(r.id != made.id for r in admin_api.list_canned(agent))
