"""Prometheus metrics: HTTP figures, the outbox backlog, and each service's business figures.

Business figures are read from the database when Prometheus scrapes (`refreshers`), so every replica
reports the same truth and nothing is kept in process memory.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Summary,
    generate_latest,
)
from prometheus_fastapi_instrumentator.routing import get_route_name
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jiuzhu_kit.db import utcnow

logger = logging.getLogger(__name__)

Refresher = Callable[[AsyncSession, "BusinessMetrics"], Awaitable[None]]


# Set by a layer that answers before FastAPI's routing (the gateway's proxy): the route to count under.
ROUTE_SCOPE_KEY = "jiuzhu.route"
UNMEASURED_ROUTES = frozenset({"/metrics", "/healthz", "/readyz"})
# prometheus-fastapi-instrumentator's buckets for the unlabelled histogram.
LATENCY_BUCKETS = (
    *(0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75),
    *(1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 7.5, 10, 30, 60),
)


class HttpMetrics:
    """Pure-ASGI middleware counting every request: by route template, method and status class.

    The series are those of prometheus-fastapi-instrumentator's defaults, so dashboards keep working:
    `http_requests_total`, `http_request_size_bytes`, `http_response_size_bytes`,
    `http_request_duration_highr_seconds` and `http_request_duration_seconds`. It costs a fraction of
    the instrumentator's (which built a Request, a Response and an Info per request and matched the
    path against every route again): the template is the one FastAPI's router chose (it records it
    for its telemetry), and each label set's children are looked up once.
    """

    def __init__(self, app: ASGIApp, *, registry: CollectorRegistry) -> None:
        self.app = app
        self.total = Counter(
            "http_requests_total",
            "Total number of requests by method, status and handler.",
            ("method", "status", "handler"),
            registry=registry,
        )
        self.request_size = Summary(
            "http_request_size_bytes",
            "Content length of incoming requests by handler. Only value of header is respected.",
            ("handler",),
            registry=registry,
        )
        self.response_size = Summary(
            "http_response_size_bytes",
            "Content length of outgoing responses by handler. Only value of header is respected.",
            ("handler",),
            registry=registry,
        )
        self.latency_highr = Histogram(
            "http_request_duration_highr_seconds",
            "Latency with many buckets but no API specific labels.",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "Latency with only few buckets by handler.",
            ("method", "handler"),
            buckets=(0.1, 0.5, 1),
            registry=registry,
        )
        self._children: dict[tuple[str, str, str], tuple[Any, Any, Any, Any]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        response: dict[str, int] = {"status": 500, "size": 0}

        async def measured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                response["status"] = message["status"]
                response["size"] = _content_length(message.get("headers", ()))
            await send(message)

        try:
            await self.app(scope, receive, measured_send)
        finally:
            handler = _route_template(scope)
            if handler not in UNMEASURED_ROUTES:
                duration = max(time.perf_counter() - started, 0.0)
                status = str(response["status"])[0] + "xx"
                total, request_size, response_size, latency = self._labelled(
                    scope["method"], status, handler or "none"
                )
                total.inc()
                request_size.observe(_content_length(scope["headers"]))
                response_size.observe(response["size"])
                self.latency_highr.observe(duration)
                latency.observe(duration)

    def _labelled(self, method: str, status: str, handler: str) -> tuple[Any, Any, Any, Any]:
        key = (method, status, handler)
        children = self._children.get(key)
        if children is None:
            children = (
                self.total.labels(method, status, handler),
                self.request_size.labels(handler),
                self.response_size.labels(handler),
                self.latency.labels(method, handler),
            )
            self._children[key] = children
        return children


def _content_length(headers: Any) -> int:
    for name, value in headers:
        if name == b"content-length":
            return int(value) if value.isdigit() else 0
    return 0


def _route_template(scope: Scope) -> str | None:
    """The path template of the route that served the request, None when no route matched.

    A layer answering before FastAPI's routing names it in the scope; FastAPI's telemetry records
    the template its router chose; failing both (no route matched), the path is matched here.
    """
    named = scope.get(ROUTE_SCOPE_KEY)
    if isinstance(named, str):
        return named
    telemetry = scope.get("fastapi.telemetry")
    route = getattr(telemetry, "route", None)
    if isinstance(route, str):
        return route
    return get_route_name(HTTPConnection(scope), should_include_root_path=False)


class BusinessMetrics:
    """Gauges of one app, created on first use and set from the database at scrape time."""

    def __init__(self, registry: CollectorRegistry, namespace: str) -> None:
        self.registry, self.namespace = registry, namespace
        self._gauges: dict[str, Gauge] = {}

    def gauge(self, name: str, documentation: str, labels: Sequence[str] = ()) -> Gauge:
        if name not in self._gauges:
            self._gauges[name] = Gauge(
                name,
                documentation,
                labelnames=list(labels),
                namespace=self.namespace,
                registry=self.registry,
            )
        return self._gauges[name]

    def set_by_label(
        self, name: str, documentation: str, label: str, counts: dict[str, float]
    ) -> None:
        """Set one gauge per label value; values that vanished are reset to 0, not left stale."""
        gauge = self.gauge(name, documentation, [label])
        for key in list(getattr(gauge, "_metrics", {})):
            if key[0] not in counts:
                gauge.labels(key[0]).set(0)
        for value, count in counts.items():
            gauge.labels(value).set(count)


def outbox_refresher(outbox_model: type[Any]) -> Refresher:
    """Backlog of undelivered events and the age of the oldest: a peer down shows here first."""

    async def refresh(session: AsyncSession, metrics: BusinessMetrics) -> None:
        row = (
            await session.execute(
                select(func.count(), func.min(outbox_model.created_at)).where(
                    outbox_model.delivered_at.is_(None), outbox_model.failed_at.is_(None)
                )
            )
        ).one()
        pending, oldest = int(row[0]), row[1]
        metrics.gauge("outbox_pending_events", "Outbox events not yet acknowledged").set(pending)
        age = 0.0
        if oldest is not None:
            if oldest.tzinfo is None:  # SQLite aggregates lose the type decorator
                from datetime import UTC

                oldest = oldest.replace(tzinfo=UTC)
            age = max((utcnow() - oldest).total_seconds(), 0.0)
        dead = (
            await session.execute(select(func.count()).where(outbox_model.failed_at.is_not(None)))
        ).scalar_one()
        metrics.gauge(
            "outbox_dead_letters", "Outbox events a peer refused for good (need an operator)"
        ).set(int(dead))
        metrics.gauge(
            "outbox_oldest_pending_age_seconds", "Age of the oldest undelivered outbox event"
        ).set(age)

    return refresh


def install_metrics_endpoint(
    app: FastAPI, registry: CollectorRegistry, refreshers: Sequence[Refresher], namespace: str
) -> None:
    metrics = BusinessMetrics(registry, namespace)
    app.state.business_metrics = metrics

    @app.get("/metrics", include_in_schema=False)
    async def prometheus_metrics(request: Request) -> Response:
        if refreshers:
            try:
                async with request.app.state.sessions() as session:
                    for refresh in refreshers:
                        await refresh(session, metrics)
            except Exception:
                # The HTTP figures are still worth serving when the database is away.
                logger.exception("refreshing business metrics failed")
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


def count_by(name: str, documentation: str, column: Any, *, label: str) -> Refresher:
    """A refresher setting `name{label=value}` to the number of rows per value of `column`."""

    async def refresh(session: AsyncSession, metrics: BusinessMetrics) -> None:
        rows = await session.execute(select(column, func.count()).group_by(column))
        counts = {str(value): float(count) for value, count in rows.all()}
        metrics.set_by_label(name, documentation, label, counts)

    return refresh


def total_of(name: str, documentation: str, expression: Any) -> Refresher:
    """A refresher setting `name` to one aggregate (a count or a sum) over a table."""

    async def refresh(session: AsyncSession, metrics: BusinessMetrics) -> None:
        value = (await session.execute(select(expression))).scalar_one()
        metrics.gauge(name, documentation).set(float(value or 0))

    return refresh
