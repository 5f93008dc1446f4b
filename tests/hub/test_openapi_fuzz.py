"""schemathesis against a real `kefu-hub serve`: every operation of the OpenAPI
schema, generated requests signed in as an admin (who may call everything), a
bounded number of examples each. No 500s, and the answers match the schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from desktop.core.embedded import EmbeddedHub

PASSWORD = "correct horse battery"
EXAMPLES = 8  # per operation: bounded so the suite stays quick on 2 cores

# Calls that would end the test's own sign-in (they are covered in tests/hub/test_auth.py).
SKIP = {
    ("POST", "/api/v1/auth/logout"),
    ("POST", "/api/v1/auth/logout-all"),
}


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    root = tmp_path_factory.mktemp("openapi")
    process = EmbeddedHub(root / "data", root / "port", root / "hub.log")
    url = process.start()
    try:
        process.create_user(
            role="admin", email="admin@example.com", name="Admin", password=PASSWORD
        )
        r = requests.post(
            f"{url}/api/v1/auth/login", json={"email": "admin@example.com", "password": PASSWORD}
        )
        r.raise_for_status()
        yield url, {"Authorization": f"Bearer {r.json()['token']}"}
    finally:
        process.stop()


def _check(case: Any, headers: dict[str, str]) -> None:
    response = case.call(headers={**(case.headers or {}), **headers})
    assert response.status_code < 500, f"{case.method} {case.path}: {response.text[:500]}"
    # A schema-valid body may still break a business rule ("only agents can be
    # group members", a ticket that does not exist): the hub answers 4xx with a
    # clear message, which that check would count as a failure.
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
    if response.status_code >= 400 and case.method.upper() != "HEAD":  # HEAD has no body
        body = response.json()
        assert isinstance(body.get("error"), str) and isinstance(body.get("message"), str)


def test_every_operation_answers_within_its_schema(live: tuple[str, dict[str, str]]) -> None:
    # One hypothesis run per operation, driven here rather than through
    # schemathesis' pytest plugin (which does not follow pytest 9's internals).
    url, headers = live
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json")
    failures: list[str] = []
    tested = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in SKIP:
            continue
        tested += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,  # the same examples every run: a failure is reproducible
            database=None,
        )
        def run(case: Any) -> None:
            _check(case, headers)

        try:
            run()
        except Exception as exc:
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}"[:1500])
    assert tested >= 50, f"only {tested} operations found in the schema"
    assert not failures, "\n\n".join(failures)
