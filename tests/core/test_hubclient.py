"""desktop.core.hubclient against a real hub process."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.hubclient import HubClient, HubError, is_loopback, normalize_hub_url
from desktop.core.models import Role, Status
from tests.core.hub_process import PASSWORD, TestHub


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestHub]:
    hub = TestHub(tmp_path_factory.mktemp("hubclient"))
    yield hub
    hub.stop()


def test_register_login_me_logout(hub: TestHub) -> None:
    client = HubClient(hub.url)
    email = hub.email("reg")
    signin = client.register(email, PASSWORD, "Reg Customer", "Acme")
    assert signin.user.role is Role.CUSTOMER and client.token == signin.token
    assert client.me().email == email
    again = HubClient(hub.url)
    second = again.login(email, PASSWORD)
    assert second.user.id == signin.user.id
    again.logout()
    assert again.token is None
    with pytest.raises(HubError) as caught:
        HubClient(hub.url, second.token).me()  # that token was revoked
    assert caught.value.status == 401
    assert HubClient(hub.url, signin.token).me().email == email  # the other one lives


def test_errors_carry_the_hubs_code_and_message(hub: TestHub) -> None:
    with pytest.raises(HubError) as caught:
        HubClient(hub.url).login("nobody@example.com", "wrong password")
    assert caught.value.status == 401
    assert caught.value.error == "invalid_credentials"
    assert caught.value.message  # a sentence for people, from the hub

    with pytest.raises(HubError) as caught:
        HubClient(hub.url).register("not-an-email", "short", "")
    assert caught.value.status == 422 and caught.value.error == "validation_failed"
    assert isinstance(caught.value.details, list) and caught.value.details

    with pytest.raises(HubError) as caught:
        HubClient(hub.url, "made-up-token").me()
    assert caught.value.error == "not_authenticated"


def test_unreachable_hub_is_a_hub_error(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(HubError) as caught:
        HubClient(f"http://127.0.0.1:{port}").health()
    assert caught.value.unreachable and caught.value.error == "hub_unreachable"


def test_health_and_not_a_hub(hub: TestHub) -> None:
    assert HubClient(hub.url).health()["status"] == "ok"
    with pytest.raises(HubError) as caught:
        HubClient(hub.url + "/api/v1/health").health()  # answers, but 404 JSON
    assert caught.value.status == 404


def test_token_never_goes_over_plain_http_to_another_machine() -> None:
    client = HubClient("http://kefu.example.com", "secret-token")
    with pytest.raises(HubError) as caught:
        client.me()
    assert caught.value.error == "insecure_hub"
    allowed = HubClient("http://192.0.2.1:9", "t", allow_insecure_http=True)
    assert allowed._headers()["Authorization"] == "Bearer t"


def test_listing_filters_and_pages(hub: TestHub) -> None:
    customer = hub.customer()
    agent = hub.agent()
    for i in range(3):
        customer.create_ticket({"title": f"page test {i}", "body": ""}, f"page-{i}-{id(hub)}")
    mine = customer.all_tickets(limit=2)
    assert [t.title for t in mine] == ["page test 2", "page test 1", "page test 0"]
    found = agent.list_tickets(q="page test 1")
    assert [t.title for t in found.items] == ["page test 1"]
    assert all(t.status is Status.NEW for t in agent.list_tickets(status="new").items)
    other = hub.customer("Someone Else")
    assert other.all_tickets() == []  # customers only ever see their own


def test_categories_and_directory(hub: TestHub) -> None:
    agent = hub.agent()
    slugs = {c.slug for c in agent.categories()}
    assert {"account_login", "error_bug", "other"} <= slugs
    assert agent.groups()
    assert any(u.role is Role.AGENT for u in agent.users("agent"))
    with pytest.raises(HubError) as caught:
        hub.customer().users("agent")
    assert caught.value.error == "forbidden"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("kefu.example.com", "https://kefu.example.com"),
        ("http://127.0.0.1:8765/", "http://127.0.0.1:8765"),
        (" https://x.org/kefu/ ", "https://x.org/kefu"),
    ],
)
def test_normalize_hub_url(text: str, url: str) -> None:
    assert normalize_hub_url(text) == url


@pytest.mark.parametrize("text", ["", "ftp://x.org", "https://"])
def test_normalize_hub_url_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        normalize_hub_url(text)


def test_is_loopback() -> None:
    assert is_loopback("http://127.0.0.1:1") and is_loopback("http://localhost:2")
    assert is_loopback("http://[::1]:3")
    assert not is_loopback("https://kefu.example.com")
