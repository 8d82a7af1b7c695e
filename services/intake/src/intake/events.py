"""The events intake receives from its peers (docs/contracts.md), each bound to its handler."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications import inbound
from intake.settings import get_settings
from jiuzhu_kit.outbox import EventHandlers, EventIn

events = EventHandlers()


@events.on("check.completed")
async def on_check_completed(session: AsyncSession, event: EventIn) -> None:
    await inbound.check_completed(session, event.payload)


@events.on("double_check.concluded")
async def on_double_check_concluded(session: AsyncSession, event: EventIn) -> None:
    await inbound.double_check_concluded(session, event.payload)


@events.on("decision.made")
async def on_decision_made(session: AsyncSession, event: EventIn) -> None:
    await inbound.decision_made(session, event.payload)


@events.on("warning.confirmed")
async def on_warning_confirmed(session: AsyncSession, event: EventIn) -> None:
    await inbound.warning_confirmed(session, event.payload, get_settings().pii_key)


@events.on("exit_review.requested")
async def on_exit_review_requested(session: AsyncSession, event: EventIn) -> None:
    await inbound.exit_review_requested(session, event.payload)
