"""The outbox relay: delivers a service's outbox rows to its peers until they acknowledge them.

Events for one destination go in one `POST /internal/events/batch` per pass (a peer that does not
have it yet gets them one by one on `/internal/events`); each comes back with its own status.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
from opentelemetry import propagate, trace
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from jiuzhu_kit.db import utcnow
from jiuzhu_kit.peers import ServiceIdentity

logger = logging.getLogger(__name__)
_tracer = trace.get_tracer("jiuzhu.outbox")
Outcome = tuple[str | None, bool]  # (error or None, whether the refusal is permanent)

# Answers that mean "this event will never be accepted as it is": retrying cannot help, so the
# event is dead-lettered for an operator. 401/403 (key configuration), 429 and 5xx are retried.
PERMANENT_REFUSALS = frozenset({400, 409, 410, 413, 415, 422})


def backoff_s(attempts: int, *, base_s: float = 0.5, max_s: float = 300.0) -> float:
    """Exponential backoff with jitter, capped, so a peer that is down is not hammered."""
    delay = min(max_s, base_s * 2 ** max(attempts - 1, 0))
    return float(delay * random.uniform(0.8, 1.2))  # noqa: S311 - jitter, not security


class OutboxRelay:
    """Background task delivering due outbox rows to their peers until acknowledged.

    A pass claims a batch in one transaction (SKIP LOCKED on PostgreSQL, so replicas never share a
    row), posts it and records every outcome before committing. Commits that enqueue events wake the
    relay; it waits `debounce_s` so that the events of concurrent requests share one pass. Within a
    pass, the events to one destination go in one request, applied by the peer in the order they
    were written; different destinations are posted concurrently.
    """

    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        outbox_model: type[Any],
        http: httpx.AsyncClient,
        identity: ServiceIdentity,
        peers: Callable[[], dict[str, str]],
        source: str,
        poll_interval_s: float = 1.0,
        batch_size: int = 50,
        max_backoff_s: float = 300.0,
        timeout_s: float = 5.0,
        debounce_s: float = 0.02,
        concurrency: int = 8,
    ) -> None:
        self.sessions, self.model, self.http = sessions, outbox_model, http
        self.identity, self.peers, self.source = identity, peers, source
        self.poll_interval_s, self.batch_size = poll_interval_s, batch_size
        self.max_backoff_s, self.timeout_s = max_backoff_s, timeout_s
        self.debounce_s = debounce_s
        self._slots = asyncio.Semaphore(concurrency)
        self._wake = asyncio.Event()
        self._claimed = 0

    def wake(self) -> None:
        """Deliver soon instead of at the next poll (called after a commit that enqueued events)."""
        self._wake.set()

    async def run_forever(self) -> None:
        while True:
            # Cleared before the pass: a commit during it wakes the next one, so none is missed.
            self._wake.clear()
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("outbox relay pass failed; retrying")
                self._claimed = 0
            if self._claimed >= self.batch_size:
                continue  # a full batch: more may be due right away
            await self._sleep()

    async def _sleep(self) -> None:
        """Until the next poll, or until woken plus the debounce that lets more commits join."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=self.poll_interval_s)
        if self._wake.is_set() and self.debounce_s > 0:
            await asyncio.sleep(self.debounce_s)

    async def run_once(self) -> int:
        """Deliver one batch of due events; returns how many were acknowledged."""
        model = self.model
        async with self.sessions() as session:
            query = (
                select(model)
                .where(
                    model.delivered_at.is_(None),
                    model.failed_at.is_(None),
                    model.next_attempt_at <= utcnow(),
                )
                .order_by(model.created_at)
                .limit(self.batch_size)
            )
            if session.get_bind().dialect.name == "postgresql":
                # Several replicas may run relays: each row goes to exactly one of them at a time.
                query = query.with_for_update(skip_locked=True)
            rows = list((await session.execute(query)).scalars())
            self._claimed = len(rows)
            if not rows:
                return 0
            outcomes = await self._deliver_batch(rows)
            delivered = [row.id for row, (error, _) in outcomes if error is None]
            if delivered:
                # One statement for the whole batch instead of one UPDATE per event.
                await session.execute(
                    update(model)
                    .where(model.id.in_(delivered))
                    .values(delivered_at=utcnow(), last_error=None)
                    .execution_options(synchronize_session=False)
                )
            for row, (error, permanent) in outcomes:
                if error is not None:
                    self._record_failure(row, error, permanent=permanent)
            await session.commit()
            return len(delivered)

    async def _deliver_batch(self, rows: list[Any]) -> list[tuple[Any, Outcome]]:
        """Post a claimed batch: one request per destination, destinations side by side."""
        by_destination: dict[str, list[Any]] = {}
        for row in rows:
            by_destination.setdefault(row.destination, []).append(row)

        async def to(queue: list[Any]) -> list[tuple[Any, Outcome]]:
            async with self._slots:
                return list(zip(queue, await self._deliver_together(queue), strict=True))

        results = await asyncio.gather(*(to(q) for q in by_destination.values()))
        return [outcome for result in results for outcome in result]

    async def _deliver_together(self, rows: list[Any]) -> list[Outcome]:
        """Post one destination's events in one request; each gets the outcome the peer gave it."""
        destination = rows[0].destination
        base = self.peers().get(destination)
        if not base:
            return [(f"no URL configured for destination {destination!r}", False)] * len(rows)
        if len(rows) == 1:
            return [await self._deliver(base, rows[0])]
        events = [{**self._envelope(row), "trace": row.trace_headers or {}} for row in rows]
        try:
            response = await self.http.post(
                f"{base.rstrip('/')}/internal/events/batch",
                json={"events": events},
                headers={"Authorization": f"Bearer {self.identity.token()}"},
                # The peer applies them one after another: the time allowed grows with the batch.
                timeout=min(60.0, self.timeout_s * len(rows)),
            )
        except httpx.HTTPError as exc:
            return [(f"{type(exc).__name__}: {exc}", False)] * len(rows)
        if response.status_code in (404, 405, 413):
            # A peer of an earlier version without the batch endpoint, or a batch over the peer's
            # body limit: one by one, in order (an event too large on its own is refused alone).
            return [await self._deliver(base, row) for row in rows]
        if not 200 <= response.status_code < 300:
            return [_refusal(response.status_code, response.text)] * len(rows)
        try:
            results = response.json()["results"]
            outcomes = {str(r.get("id")): r for r in results if isinstance(r, dict)}
        except (ValueError, KeyError, TypeError, AttributeError):
            return [(f"HTTP {response.status_code}: not a batch answer", False)] * len(rows)
        missing: dict[str, Any] = {"status": 502, "detail": "no outcome in the peer's answer"}
        return [_outcome(outcomes.get(str(row.id), missing)) for row in rows]

    def _record_failure(self, row: Any, error: str, *, permanent: bool) -> None:
        """Dead-letter a permanent refusal; schedule anything else again with backoff."""
        row.attempts += 1
        row.last_error = error[:2000]
        if permanent:
            row.failed_at = utcnow()
            logger.error(
                "outbox event %s (%s → %s) refused by the peer, dead-lettered: %s",
                row.id,
                row.topic,
                row.destination,
                error,
            )
            return
        row.next_attempt_at = utcnow() + timedelta(
            seconds=backoff_s(row.attempts, max_s=self.max_backoff_s)
        )
        logger.warning(
            "outbox event %s (%s → %s) not delivered, attempt %d: %s",
            row.id,
            row.topic,
            row.destination,
            row.attempts,
            error,
        )

    def _envelope(self, row: Any) -> dict[str, Any]:
        return {
            "id": str(row.id),
            "topic": row.topic,
            "source": self.source,
            "occurred_at": row.created_at.isoformat(),
            "payload": row.payload,
        }

    async def _deliver(self, base: str, row: Any) -> Outcome:
        """Post one event to `/internal/events`, under a producer span joining its change's trace."""
        parent = propagate.extract(row.trace_headers or {})
        with _tracer.start_as_current_span(
            f"outbox deliver {row.topic}", context=parent, kind=trace.SpanKind.PRODUCER
        ) as span:
            span.set_attribute("messaging.destination.name", row.destination)
            span.set_attribute("messaging.message.id", str(row.id))
            headers = {"Authorization": f"Bearer {self.identity.token()}"}
            propagate.inject(headers)
            try:
                response = await self.http.post(
                    f"{base.rstrip('/')}/internal/events",
                    json=self._envelope(row),
                    headers=headers,
                    timeout=self.timeout_s,
                )
            except httpx.HTTPError as exc:
                return f"{type(exc).__name__}: {exc}", False
        if 200 <= response.status_code < 300:
            return None, False
        return _refusal(response.status_code, response.text)


def _refusal(status: int, text: str) -> Outcome:
    return f"HTTP {status}: {text[:500]}", status in PERMANENT_REFUSALS


def _outcome(result: dict[str, Any]) -> Outcome:
    """An event's outcome from its entry in a batch answer (status as a single post would get)."""
    status = int(result.get("status", 502))
    if 200 <= status < 300:
        return None, False
    return _refusal(status, str(result.get("detail", "")))
