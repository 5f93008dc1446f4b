"""Operations: Prometheus metrics at /metrics and one-line JSON logs.

Metrics live in a registry per app (not the library's global one), so several
hubs in one test process do not share counters."""

from __future__ import annotations

import ipaddress
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from starlette.types import ASGIApp, Receive, Scope, Send

from hub.errors import ApiError


class HubMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "kefu_http_requests",
            "HTTP requests answered",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "kefu_http_request_seconds",
            "Time to answer HTTP requests",
            ["method", "route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
        )
        self.event_listeners = Gauge(
            "kefu_event_listeners", "Open /events connections", registry=self.registry
        )
        self.session_rooms = Gauge(
            "kefu_remote_session_rooms",
            "Remote sessions with a peer connected",
            registry=self.registry,
        )
        self.relay_peers = Gauge("kefu_relay_peers", "Relay sockets open", registry=self.registry)


def _route_of(scope: Scope) -> str:
    """The matched route's template ("/api/v1/tickets/{ticket_id}"), so ids never
    become labels; the router records the route in the scope as it dispatches."""
    route = scope.get("route")
    return str(getattr(route, "path", None) or "unmatched")


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, metrics: HubMetrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, started, status = scope["method"], time.perf_counter(), 500

        async def watch(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            route = _route_of(scope)
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - started)


def install(
    app: FastAPI, metrics: HubMetrics, refresh: Callable[[], None], allowed: list[str]
) -> None:
    """Count every request; answer /metrics to scrapers from the allowed networks only."""
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    networks = [ipaddress.ip_network(n.strip(), strict=False) for n in allowed if n.strip()]

    @app.get("/metrics", include_in_schema=False)
    def prometheus(request: Request) -> Response:
        host = request.client.host if request.client else ""
        try:
            ok = any(ipaddress.ip_address(host) in net for net in networks)
        except ValueError:
            ok = host == "testclient" and any(n.is_loopback for n in networks)
        if not ok:
            raise ApiError(
                403,
                "forbidden",
                "Metrics are only served to the configured networks (KEFU_HUB_METRICS_ALLOW).",
            )
        refresh()
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: easy for journald, Loki or ELK to take apart."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def configure_logging(level: str, fmt: str) -> None:
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
        logging.Formatter.converter = time.gmtime
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
