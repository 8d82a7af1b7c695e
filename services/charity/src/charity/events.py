"""Events charity receives through `/internal/events` (docs/contracts.md)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from charity.households import service as household_service
from jiuzhu_kit.outbox import EventHandlers, EventIn

events = EventHandlers()


@events.on("needs.uncovered")
async def needs_uncovered(session: AsyncSession, event: EventIn) -> None:
    """An enrolled household's plan leaves needs uncovered: record them for linking (救助+)."""
    await household_service.record_uncovered(session, event.payload)
