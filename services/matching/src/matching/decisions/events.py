"""Event handlers of the decisions domain (received on `/internal/events`)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.auth import Principal
from jiuzhu_kit.outbox import EventHandlers, EventIn
from matching.decisions import service


def register(events: EventHandlers) -> None:
    @events.on("decision.requested")
    async def decision_requested(session: AsyncSession, event: EventIn) -> None:
        principal = Principal(
            subject=f"{event.source}:decision.requested",
            roles=frozenset({"service"}),
            kind="service",
        )
        await service.on_decision_requested(session, payload=event.payload, principal=principal)
