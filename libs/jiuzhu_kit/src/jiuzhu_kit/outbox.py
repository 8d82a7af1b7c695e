"""Transactional outbox and idempotent inbox: a state change reaches its peer at least once, applied once.

Rows are written in the business transaction; the relay delivers them with exponential backoff until the
peer acknowledges (2xx). Receivers record each event id in their inbox in the same transaction as its effect.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

import httpx
from fastapi import APIRouter, Depends, Request
from opentelemetry import propagate, trace
from pydantic import BaseModel
from sqlalchemy import JSON, Column, Index, Text, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import Field, SQLModel

from jiuzhu_kit.auth import require_roles
from jiuzhu_kit.db import SessionDep, UTCDateTime, utcnow
from jiuzhu_kit.errors import BadRequest, NotFound
from jiuzhu_kit.peers import ServiceIdentity

logger = logging.getLogger(__name__)
_tracer = trace.get_tracer("jiuzhu.outbox")

# Answers that mean "this event will never be accepted as it is": retrying cannot help, so the
# event is dead-lettered for an operator. 401/403 (key configuration), 429 and 5xx are retried.
PERMANENT_REFUSALS = frozenset({400, 409, 410, 413, 415, 422})
# Events still to deliver: neither delivered nor dead-lettered (the waiting-events index predicate).
PENDING = text("delivered_at IS NULL AND failed_at IS NULL")


def make_outbox_models(base: type[SQLModel]) -> tuple[type[Any], type[Any]]:
    """The outbox and inbox tables in a service's own metadata (`base` carries its registry)."""

    class OutboxEvent(base, table=True):  # type: ignore[valid-type,misc,call-arg]
        """An event waiting to reach a peer service."""

        __tablename__ = "outbox_event"
        # The relay's claim reads the waiting events in the order they were written: a partial
        # index holds just those, so a claim costs the same however many events were delivered
        # before (the indexes on next_attempt_at and delivered_at made it a bitmap over them all).
        __table_args__ = (
            Index(
                "ix_outbox_event_waiting",
                "created_at",
                postgresql_where=PENDING,
                sqlite_where=PENDING,
            ),
        )

        id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
        destination: str = Field(max_length=40, index=True)
        topic: str = Field(max_length=80)
        payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
        created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
        next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
        delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
        # Dead letter: the peer refused the event for good (a 4xx that retrying cannot fix).
        failed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
        # The trace context of the change, so the peer's handling joins the same trace.
        trace_headers: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
        attempts: int = 0
        last_error: str | None = Field(default=None, sa_column=Column(Text))

    class InboxEvent(base, table=True):  # type: ignore[valid-type,misc,call-arg]
        """An event already applied: its id is never applied again."""

        __tablename__ = "inbox_event"

        id: uuid.UUID = Field(primary_key=True)
        topic: str = Field(max_length=80)
        source: str = Field(max_length=40)
        received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

    return OutboxEvent, InboxEvent


def enqueue(
    session: AsyncSession,
    outbox_model: Callable[..., Any],
    *,
    destination: str,
    topic: str,
    payload: dict[str, Any],
) -> Any:
    """Add an event to the caller's transaction: it exists exactly when the change it announces does.

    `outbox_model` is the outbox table model, or any callable building its row from these keyword
    values (intake passes a cheaper constructor than SQLModel's).
    """
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    row = outbox_model(
        destination=destination, topic=topic, payload=payload, trace_headers=carrier or None
    )
    session.add(row)
    session.info["outbox_enqueued"] = True  # the request's session wakes the relay after commit
    return row


class EventIn(BaseModel):
    """The envelope every service posts to a peer's `/internal/events`."""

    id: uuid.UUID
    topic: str
    source: str
    occurred_at: datetime
    payload: dict[str, Any]


EventHandler = Callable[[AsyncSession, EventIn], Awaitable[None]]


class EventHandlers:
    """Topic → handler registry of a receiving service."""

    def __init__(self) -> None:
        self.handlers: dict[str, EventHandler] = {}

    def on(self, topic: str) -> Callable[[EventHandler], EventHandler]:
        def register(fn: EventHandler) -> EventHandler:
            self.handlers[topic] = fn
            return fn

        return register


def make_events_router(
    handlers: EventHandlers, inbox_model: type[Any], outbox_model: type[Any] | None = None
) -> APIRouter:
    """`POST /internal/events`: applies each event id once; a repeat is acknowledged and ignored.

    Also `GET /internal/inbox/{id}` and `GET /internal/outbox` so operators (and the cross-service
    tests) can see what was applied and what is still waiting for a peer.
    """
    router = APIRouter(tags=["internal"], include_in_schema=False)
    operator = Depends(require_roles("service", "admin"))

    @router.get("/internal/inbox/{event_id}", dependencies=[operator])
    async def inbox_entry(event_id: uuid.UUID, session: SessionDep) -> dict[str, Any]:
        row = await session.get(inbox_model, event_id)
        if row is None:
            raise NotFound(f"Event {event_id} has not been applied here")
        return {
            "id": str(row.id),
            "topic": row.topic,
            "source": row.source,
            "received_at": row.received_at.isoformat(),
        }

    if outbox_model is not None:

        @router.get("/internal/outbox", dependencies=[operator])
        async def outbox_status(session: SessionDep) -> dict[str, Any]:
            rows = await session.execute(
                select(outbox_model)
                .where(outbox_model.delivered_at.is_(None))
                .order_by(outbox_model.created_at)
            )
            waiting = list(rows.scalars())

            def view(r: Any) -> dict[str, Any]:
                return {
                    "id": str(r.id),
                    "destination": r.destination,
                    "topic": r.topic,
                    "attempts": r.attempts,
                    "created_at": r.created_at.isoformat(),
                    "last_error": r.last_error,
                }

            delivered = await session.execute(
                select(func.count())
                .select_from(outbox_model)
                .where(outbox_model.delivered_at.is_not(None))
            )
            return {
                "pending": [view(r) for r in waiting if r.failed_at is None],
                "dead_letters": [view(r) for r in waiting if r.failed_at is not None],
                "delivered_count": int(delivered.scalar_one()),
            }

        @router.post("/internal/outbox/retry", dependencies=[operator])
        async def outbox_retry(
            session: SessionDep, request: Request, include_failed: bool = False
        ) -> dict[str, Any]:
            await retry_now(session, outbox_model, include_failed=include_failed)
            relay = getattr(request.app.state, "relay", None)
            if relay is not None:
                session.info["outbox_enqueued"] = True
            return {"status": "scheduled"}

    @router.post(
        "/internal/events", status_code=200, dependencies=[Depends(require_roles("service"))]
    )
    async def receive_event(event: EventIn, session: SessionDep) -> dict[str, Any]:
        handler = handlers.handlers.get(event.topic)
        if handler is None:
            raise BadRequest(f"No handler for event topic {event.topic!r}")
        if not await _record_arrival(session, inbox_model, event):
            return {"id": str(event.id), "applied": False, "duplicate": True}
        await handler(session, event)
        return {"id": str(event.id), "applied": True, "duplicate": False}

    return router


async def _record_arrival(session: AsyncSession, inbox_model: type[Any], event: EventIn) -> bool:
    """Enter the event in the inbox, in the request's transaction; False if it was there already.

    One `INSERT … ON CONFLICT DO NOTHING RETURNING` instead of a read, a savepoint and an insert: a
    concurrent delivery of the same event waits for the other transaction and then finds the row,
    so exactly one of them applies it.
    """
    values = {
        "id": event.id,
        "topic": event.topic,
        "source": event.source,
        "received_at": utcnow(),
    }
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(inbox_model).values(values).on_conflict_do_nothing().returning(inbox_model.id)
    )
    return (await session.execute(statement)).first() is not None


def backoff_s(attempts: int, *, base_s: float = 0.5, max_s: float = 300.0) -> float:
    """Exponential backoff with jitter, capped, so a peer that is down is not hammered."""
    delay = min(max_s, base_s * 2 ** max(attempts - 1, 0))
    return float(delay * random.uniform(0.8, 1.2))  # noqa: S311 - jitter, not security


class OutboxRelay:
    """Background task delivering due outbox rows to their peers until acknowledged.

    A pass claims a batch in one transaction (SKIP LOCKED on PostgreSQL, so replicas never share a
    row), posts it and records every outcome before committing. Commits that enqueue events wake the
    relay; it waits `debounce_s` so that the events of concurrent requests share one pass. Within a
    pass, events to the same destination are posted one after another in the order they were
    written (as before batching); different destinations are posted concurrently.
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

    async def _deliver_batch(self, rows: list[Any]) -> list[tuple[Any, tuple[str | None, bool]]]:
        """Post a claimed batch: each destination's events in order, destinations side by side."""
        by_destination: dict[str, list[Any]] = {}
        for row in rows:
            by_destination.setdefault(row.destination, []).append(row)

        async def in_order(queue: list[Any]) -> list[tuple[Any, tuple[str | None, bool]]]:
            async with self._slots:
                return [(row, await self._deliver(row)) for row in queue]

        if len(by_destination) == 1:
            return await in_order(rows)
        results = await asyncio.gather(*(in_order(q) for q in by_destination.values()))
        return [outcome for result in results for outcome in result]

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

    async def _deliver(self, row: Any) -> tuple[str | None, bool]:
        """Post one event; returns (error or None, whether the refusal is permanent)."""
        base = self.peers().get(row.destination)
        if not base:
            return f"no URL configured for destination {row.destination!r}", False
        envelope = {
            "id": str(row.id),
            "topic": row.topic,
            "source": self.source,
            "occurred_at": row.created_at.isoformat(),
            "payload": row.payload,
        }
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
                    json=envelope,
                    headers=headers,
                    timeout=self.timeout_s,
                )
            except httpx.HTTPError as exc:
                return f"{type(exc).__name__}: {exc}", False
        if 200 <= response.status_code < 300:
            return None, False
        error = f"HTTP {response.status_code}: {response.text[:500]}"
        return error, response.status_code in PERMANENT_REFUSALS


async def retry_now(
    session: AsyncSession, outbox_model: type[Any], *, include_failed: bool = False
) -> None:
    """Make undelivered events due now (operations: after a peer comes back or a cause is fixed)."""
    query = update(outbox_model).where(outbox_model.delivered_at.is_(None))
    if not include_failed:
        query = query.where(outbox_model.failed_at.is_(None))
    await session.execute(query.values(next_attempt_at=utcnow(), failed_at=None))
