"""Applies intake's `check.requested` events (contract CheckRequest)."""

from __future__ import annotations

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.errors import InvalidInput
from jiuzhu_kit.outbox import EventIn
from verification.checks import service
from verification.checks.schemas import CheckRequest
from verification.main_events import events
from verification.settings import get_settings


@events.on("check.requested")
async def check_requested(session: AsyncSession, event: EventIn) -> None:
    try:
        request = CheckRequest.model_validate(event.payload)
    except ValidationError as exc:
        raise InvalidInput(
            f"check.requested payload is not a CheckRequest: {exc.error_count()} error(s)",
            errors=[
                {"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"]}
                for e in exc.errors()
            ],
        ) from None
    problem = service.consent_problem(request)
    if problem is not None:
        await service.refuse(session, request=request, reason=problem)
        return
    await service.run_check(
        session, request=request, requested_by=f"event:{event.source}", settings=get_settings()
    )
