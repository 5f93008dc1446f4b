"""The rating stars and the decision bar on their own, and the customer's answer
when the hub has gone away: nothing typed is lost."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.models import Status
from desktop.core.settings import HubMode, Settings
from desktop.core.submission import new_key
from desktop.ui.star_rating import StarRating
from tests.ui.desk_support import open_page
from tests.ui.support import PASSWORD, MakeClient, sign_in


def test_stars_follow_the_mouse_and_the_keyboard(qtbot: Any) -> None:
    stars = StarRating()
    qtbot.addWidget(stars)
    with qtbot.waitSignal(stars.rating_changed) as changed:
        qtbot.mouseClick(stars.stars[1], Qt.MouseButton.LeftButton)
    assert changed.args == [2] and stars.rating == 2
    assert [s.text() for s in stars.stars] == ["★", "★", "☆", "☆", "☆"]
    qtbot.keyClick(stars, Qt.Key.Key_Right)
    assert stars.rating == 3
    qtbot.keyClick(stars, Qt.Key.Key_Home)
    assert stars.rating == 1
    qtbot.keyClick(stars, Qt.Key.Key_Left)  # never below one once rated
    assert stars.rating == 1
    qtbot.keyClick(stars, Qt.Key.Key_5)
    qtbot.keyClick(stars, Qt.Key.Key_Right)  # nor above five
    assert stars.rating == 5 and stars.accessibleDescription() == "5 of 5"
    assert stars.stars[3].toolTip() == "4 of 5"

    shown = StarRating()
    qtbot.addWidget(shown)
    shown.set_read_only(True)
    shown.set_rating(3)
    qtbot.keyClick(shown, Qt.Key.Key_5)
    assert shown.rating == 3 and shown.focusPolicy() == Qt.FocusPolicy.NoFocus


@pytest.mark.e2e
def test_an_answer_that_cannot_be_sent_keeps_what_was_typed(
    qtbot: Any, own_hub: list[EmbeddedHub], make_client: MakeClient
) -> None:
    hub = own_hub[0]
    url = hub.url
    assert url is not None
    hub.create_user(role="agent", email="li@loop.example", name="Li", password=PASSWORD)
    HubClient(url).register("chen@loop.example", PASSWORD, "Chen")
    customer_api, agent_api = HubClient(url), HubClient(url)
    customer_api.login("chen@loop.example", PASSWORD)
    agent_api.login("li@loop.example", PASSWORD)
    ticket = customer_api.create_ticket({"title": "Slow reports", "body": "x"}, new_key())
    agent_api.update_ticket(ticket.id, {"status": "resolved"})
    client = make_client("customer", settings=Settings(hub_mode=HubMode.REMOTE, hub_url=url))
    sign_in(qtbot, client, "chen@loop.example")
    page = open_page(qtbot, client, ticket.id)
    bar = page.decision
    qtbot.waitUntil(lambda: bar.yes_button.isVisible(), timeout=15000)
    qtbot.mouseClick(bar.yes_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(bar.stars, Qt.Key.Key_3)
    qtbot.keyClicks(bar.comment, "Fine in the end.")

    hub.stop()
    qtbot.mouseClick(bar.send_button, Qt.MouseButton.LeftButton)
    assert not bar.send_button.isEnabled()  # no double answer while it is on its way
    qtbot.waitUntil(
        lambda: client.session.runner.idle and bar.send_button.isEnabled(), timeout=20000
    )
    assert client.window.connection_banner.isVisible()
    assert bar.isVisible() and bar.form.isVisible()
    assert bar.stars.rating == 3 and bar.comment.toPlainText() == "Fine in the end."
    assert page.ticket is not None and page.ticket.status is Status.RESOLVED
