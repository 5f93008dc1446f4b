"""Prometheus metrics and JSON logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from fastapi.testclient import TestClient

from hub.app import create_app
from hub.observability import JsonFormatter
from tests.hub.conftest import Hub, Person, make_settings


def test_metrics_count_requests_by_route_template(hub: Hub, customer: Person) -> None:
    for _ in range(3):
        hub.ticket(customer)
    hub.client.get("/api/v1/tickets/1", headers=customer.headers)
    with hub.client.websocket_connect("/api/v1/events", headers=customer.headers):
        text = hub.client.get("/metrics").text
    assert 'kefu_http_requests_total{method="POST",route="/tickets",status="201"} 3.0' in text
    assert 'route="/tickets/{ticket_id}"' in text  # ids never become labels
    assert "kefu_http_request_seconds_bucket" in text
    assert "kefu_event_listeners 1.0" in text


def test_metrics_are_refused_outside_the_allowed_networks(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, metrics_allow=["10.9.0.0/16"])
    with TestClient(create_app(settings)) as client:
        r = client.get("/metrics")
    assert r.status_code == 403 and r.json()["error"] == "forbidden"


def test_json_logs_are_one_object_per_line() -> None:
    record = logging.LogRecord(
        "hub.test", logging.WARNING, __file__, 1, "blob %s removed", ("ab12",), None
    )
    line = JsonFormatter().format(record)
    data = json.loads(line)
    assert data["level"] == "warning" and data["message"] == "blob ab12 removed"
    assert data["logger"] == "hub.test" and data["time"].endswith("Z")
    assert "\n" not in line
