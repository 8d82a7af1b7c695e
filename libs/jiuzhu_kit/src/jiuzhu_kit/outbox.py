"""Transactional outbox and idempotent inbox: a state change reaches its peer at least once, applied once.

Rows are written in the business transaction; the relay (`jiuzhu_kit.relay`) delivers them with exponential
backoff until the peer acknowledges (2xx). Receivers (`/internal/events`, `/internal/events/batch`) record
each event id in their inbox in the same transaction as its effect.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from opentelemetry import propagate, trace
from pydantic import BaseModel, ValidationError
from pydantic import Field as PydanticField
from sqlalchemy import JSON, Column, Index, Text, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import Field, SQLModel

from jiuzhu_kit.auth import require_roles
from jiuzhu_kit.db import SessionDep, UTCDateTime, utcnow
from jiuzhu_kit.errors import BadRequest, DomainError, NotFound

logger = logging.getLogger(__name__)
_tracer = trace.get_tracer("jiuzhu.inbox")

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
    async def receive_event(event: EventIn, request: Request) -> dict[str, Any]:
        applied = await _apply(request, handlers, inbox_model, event)
        result = {"id": str(event.id), "applied": applied, "duplicate": not applied}
        _log_arrival({**result, "status": 200}, event)
        return result

    @router.post(
        "/internal/events/batch",
        status_code=200,
        dependencies=[Depends(require_roles("service"))],
    )
    async def receive_events(batch: EventBatch, request: Request) -> dict[str, Any]:
        """Several events from one relay pass, applied in the order given, each under a savepoint
        of one transaction: one refused or failing is undone alone, and the batch costs one commit
        (one flush to disk) instead of one per event. The answer, given once committed, has for
        each event the status `/internal/events` would have answered (200 applied or duplicate,
        4xx refused for good, 5xx to retry).

        If the commit fails (a deferred constraint, a serialization failure, a lost connection),
        the events that had been applied are applied again one by one, each committed alone: one
        event that cannot be committed does not hold back the others of its batch for ever.
        """
        sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
        async with sessions() as session:
            results = await _outcomes(session, handlers, inbox_model, batch.events)
            try:
                await session.commit()
            except Exception:
                logger.exception(
                    "a batch of %d event(s) could not be committed; applying them one by one",
                    len(results),
                )
                await session.rollback()
            else:
                _wake_relay(request, session)
                return {"results": results}
        for n, (result, raw) in enumerate(zip(results, batch.events, strict=True)):
            if result["status"] < 300:
                results[n] = await _outcome_alone(request, handlers, inbox_model, raw)
        return {"results": results}

    return router


class EventBatch(BaseModel):
    """The body of `/internal/events/batch`. Each envelope is checked on its own, so a malformed
    one is refused alone; `trace` carries the W3C trace context of the change that raised it."""

    events: list[dict[str, Any]] = PydanticField(max_length=500)


async def _apply(
    request: Request, handlers: EventHandlers, inbox_model: type[Any], event: EventIn
) -> bool:
    """Apply a single posted event in a transaction of its own; False if applied already.

    Committed before the answer, so an acknowledgement means the effect is durable.
    """
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    async with sessions() as session:
        try:
            applied = await _apply_in(session, handlers, inbox_model, event)
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
        _wake_relay(request, session)
    return applied


async def _apply_in(
    session: AsyncSession, handlers: EventHandlers, inbox_model: type[Any], event: EventIn
) -> bool:
    """Enter the event in the inbox and run its handler in the session's transaction; False (and
    nothing written) if it had been applied already."""
    handler = handlers.handlers.get(event.topic)
    if handler is None:
        raise BadRequest(f"No handler for event topic {event.topic!r}")
    if not await _record_arrival(session, inbox_model, event):
        return False
    await handler(session, event)
    return True


def _log_arrival(result: dict[str, Any], event: EventIn) -> None:
    """One line per event received, alone or in a batch: what a peer sent is traceable event by
    event (`outcome`: applied, duplicate, refused, failed)."""
    status = result["status"]
    if status < 300:
        outcome = "duplicate" if result.get("duplicate") else "applied"
    else:
        outcome = "refused" if status < 500 else "failed"
    logger.info(
        "event %s %s from %s: %s",
        event.topic,
        event.id,
        event.source,
        outcome,
        extra={"event_id": str(event.id), "topic": event.topic, "outcome": outcome},
    )


def _wake_relay(request: Request, session: AsyncSession) -> None:
    """After a commit: deliver soon what the handlers enqueued."""
    relay = getattr(request.app.state, "relay", None)
    if session.info.pop("outbox_enqueued", False) and relay is not None:
        relay.wake()


_ARRIVAL = "_arrival"


class _Unguarded(Exception):
    """An event applied without a savepoint was refused or failed: the batch is applied again."""


async def _outcomes(
    session: AsyncSession,
    handlers: EventHandlers,
    inbox_model: type[Any],
    raws: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The envelopes of a batch applied in order in the session's transaction, with their outcomes.

    Each event needs a savepoint only to be undone alone when it is refused or fails, which is
    rare; a savepoint and its release are two round trips per event (a quarter of a
    `check.requested` event's). So the batch is first applied without them; if any event is
    refused or fails, everything is rolled back and the batch applied again, each event under a
    savepoint, giving exactly the outcomes the guarded pass alone gives.
    """
    if len(raws) > 1:
        await session.connection()
        transaction = session.get_transaction()
        try:
            results = []
            for raw in raws:
                results.append(await _outcome(session, handlers, inbox_model, raw, guarded=False))
                if session.get_transaction() is not transaction:
                    # A handler rolled the transaction back and went on: earlier events are gone.
                    raise _Unguarded
        except Exception:
            await session.rollback()
        else:
            for outcome in results:
                if _ARRIVAL in outcome:
                    event, span = outcome.pop(_ARRIVAL)
                    with trace.use_span(span):
                        _log_arrival(outcome, event)
            return results
    return [await _outcome(session, handlers, inbox_model, raw) for raw in raws]


async def _outcome(
    session: AsyncSession,
    handlers: EventHandlers,
    inbox_model: type[Any],
    raw: dict[str, Any],
    *,
    guarded: bool = True,
) -> dict[str, Any]:
    """One envelope of a batch applied under a savepoint; its outcome as the status a single post
    would get. Unguarded (no savepoint), an event refused or failing raises `_Unguarded` instead."""
    ident = str(raw.get("id"))
    try:
        event = EventIn.model_validate(raw)
    except ValidationError as exc:
        return {"id": ident, "status": 422, "detail": f"Invalid event envelope: {exc.errors()}"}
    # Handled under the trace of the change that raised the event, as a single post would be.
    with _tracer.start_as_current_span(
        f"apply event {event.topic}",
        context=propagate.extract(raw.get("trace") or {}),
        kind=trace.SpanKind.CONSUMER,
    ) as span:
        span.set_attribute("messaging.message.id", ident)
        if not guarded:
            try:
                applied = await _apply_in(session, handlers, inbox_model, event)
            except Exception as exc:
                raise _Unguarded from exc
            outcome = {"id": ident, "status": 200, "applied": applied, "duplicate": not applied}
            # Logged once the whole pass has held: an event applied again after a fallback
            # would otherwise be logged twice.
            outcome[_ARRIVAL] = (event, span)
            return outcome
        try:
            async with session.begin_nested():
                applied = await _apply_in(session, handlers, inbox_model, event)
            outcome = {"id": ident, "status": 200, "applied": applied, "duplicate": not applied}
        except DomainError as exc:
            outcome = {"id": ident, "status": exc.status, "detail": exc.detail}
        except Exception:
            logger.exception("event %s (%s) failed; the sender will retry it", ident, event.topic)
            outcome = {"id": ident, "status": 500, "detail": "The event could not be applied now"}
        _log_arrival(outcome, event)  # in the event's trace (a failed batch commit is logged too)
    return outcome


async def _outcome_alone(
    request: Request, handlers: EventHandlers, inbox_model: type[Any], raw: dict[str, Any]
) -> dict[str, Any]:
    """One envelope of a batch whose commit failed, applied and committed on its own."""
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    async with sessions() as session:
        outcome = await _outcome(session, handlers, inbox_model, raw)
        if outcome["status"] >= 300:
            return outcome
        try:
            await session.commit()
        except Exception:
            logger.exception("event %s could not be committed; the sender will retry it", raw["id"])
            await session.rollback()
            return {
                "id": outcome["id"],
                "status": 500,
                "detail": "The event could not be committed",
            }
        _wake_relay(request, session)
    return outcome


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
    statement = _arrival_statement(session.get_bind().dialect.name, inbox_model)
    return (await session.execute(statement, values)).first() is not None


_ARRIVALS: dict[tuple[str, Any], Any] = {}


def _arrival_statement(dialect: str, inbox_model: type[Any]) -> Any:
    """Built once per inbox table (the values are parameters), not at every event."""
    statement = _ARRIVALS.get((dialect, inbox_model))
    if statement is None:
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(inbox_model).on_conflict_do_nothing().returning(inbox_model.id)
        _ARRIVALS[dialect, inbox_model] = statement
    return statement


async def retry_now(
    session: AsyncSession, outbox_model: type[Any], *, include_failed: bool = False
) -> None:
    """Make undelivered events due now (operations: after a peer comes back or a cause is fixed)."""
    query = update(outbox_model).where(outbox_model.delivered_at.is_(None))
    if not include_failed:
        query = query.where(outbox_model.failed_at.is_(None))
    await session.execute(query.values(next_attempt_at=utcnow(), failed_at=None))
