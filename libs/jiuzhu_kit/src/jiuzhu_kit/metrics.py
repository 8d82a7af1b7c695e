"""Prometheus metrics: HTTP figures, the outbox backlog, and each service's business figures.

Business figures are read from the database when Prometheus scrapes (`refreshers`), so every replica
reports the same truth and nothing is kept in process memory.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, generate_latest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from jiuzhu_kit.db import utcnow

logger = logging.getLogger(__name__)

Refresher = Callable[[AsyncSession, "BusinessMetrics"], Awaitable[None]]


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
