"""`/v1/warnings`: caseworkers read the warnings of their towns and move them through their states."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep
from verification.warnings import service
from verification.warnings.clock import Now
from verification.warnings.schemas import (
    EscalationResult,
    WarningRead,
    WarningState,
    WarningTransition,
)

router = APIRouter(prefix="/v1/warnings", tags=["warnings"])

Staff = Annotated[Principal, Depends(require_roles("caseworker", "reviewer", "admin", "auditor"))]
Handler = Annotated[Principal, Depends(require_roles("caseworker", "reviewer", "admin"))]
Operator = Annotated[Principal, Depends(require_roles("reviewer", "admin", "service"))]


@router.get("", response_model=list[WarningRead], summary="Warnings of the towns in your region")
async def list_warnings(
    session: SessionDep,
    principal: Staff,
    now: Now,
    state: WarningState | None = None,
    severity: str | None = None,
    overdue: bool = False,
    escalated: bool | None = None,
    after_id: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[WarningRead]:
    rows = await service.list_visible(
        session,
        principal=principal,
        now=now,
        state=state,
        severity=severity,
        overdue=overdue,
        escalated=escalated,
        after_id=after_id,
        limit=limit,
    )
    return [await service.to_read(session, w, now=now) for w in rows]


@router.get("/{warning_id}", response_model=WarningRead, summary="One warning with its evidence")
async def get_warning(
    warning_id: int, session: SessionDep, principal: Staff, now: Now
) -> WarningRead:
    warning = await service.get_visible(session, warning_id=warning_id, principal=principal)
    return await service.to_read(session, warning, now=now)


@router.post(
    "/{warning_id}/transitions",
    response_model=WarningRead,
    summary="Move a warning: dispatched, visiting, confirmed, or dismissed with a reason",
    description="A move not allowed from the current state is a 409 naming the allowed ones.",
)
async def move_warning(
    warning_id: int, data: WarningTransition, session: SessionDep, principal: Handler, now: Now
) -> WarningRead:
    warning = await service.transition(
        session, warning_id=warning_id, data=data, principal=principal, now=now
    )
    return await service.to_read(session, warning, now=now)


@router.post(
    "/escalations",
    response_model=EscalationResult,
    summary="Escalate every open warning past its deadline to its county (also runs periodically)",
)
async def escalate(session: SessionDep, principal: Operator, now: Now) -> EscalationResult:
    escalated, today = await service.escalate(session, now=now)
    return EscalationResult(escalated=escalated, as_of=today)
