"""Whatever a client sends, the hub answers with a clear error, never a 500."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hub.conftest import Hub, Person

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
ticket_like = st.fixed_dictionaries(
    {},
    optional={
        "title": json_values,
        "body": json_values,
        "priority": json_values,
        "category_id": json_values,
        "fingerprint": json_values,
        "attachments": json_values,
        "status": json_values,
        "assignee_id": json_values,
        "internal": json_values,
    },
)

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check(r: Any) -> None:
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        body = r.json()
        assert isinstance(body["error"], str) and isinstance(body["message"], str)


@FUZZ
@given(payload=ticket_like)
def test_create_ticket_never_fails_badly(
    hub: Hub, customer: Person, payload: dict[str, Any]
) -> None:
    _check(hub.client.post("/api/v1/tickets", json=payload, headers=customer.headers))


@FUZZ
@given(payload=ticket_like, raw=st.binary(max_size=64))
def test_patch_and_comment_never_fail_badly(
    hub: Hub, customer: Person, agent: Person, payload: dict[str, Any], raw: bytes
) -> None:
    t = hub.ticket(customer)
    _check(hub.client.patch(f"/api/v1/tickets/{t['id']}", json=payload, headers=agent.headers))
    _check(
        hub.client.post(
            f"/api/v1/tickets/{t['id']}/comments", json=payload, headers=customer.headers
        )
    )
    _check(
        hub.client.post(
            "/api/v1/tickets",
            content=raw,
            headers={**customer.headers, "Content-Type": "application/json"},
        )
    )


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(
            [
                "status",
                "priority",
                "assignee_id",
                "group_id",
                "q",
                "updated_since",
                "limit",
                "cursor",
                "category_id",
            ]
        ),
        st.text(max_size=30),
        max_size=4,
    )
)
def test_list_queries_never_fail_badly(hub: Hub, agent: Person, params: dict[str, str]) -> None:
    _check(hub.client.get("/api/v1/tickets", params=params, headers=agent.headers))


def test_non_standard_json_numbers(hub: Hub, customer: Person) -> None:
    for raw in (b'{"title": Infinity}', b'{"title": NaN}', b'{"title": "x", "category_id": 1e999}'):
        r = hub.client.post(
            "/api/v1/tickets",
            content=raw,
            headers={**customer.headers, "Content-Type": "application/json"},
        )
        _check(r)
        assert r.status_code == 422
