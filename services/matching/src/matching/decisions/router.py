"""`/v1/decisions` and `/v1/plans`: decide a household, read and replay decisions, read plans (一户一策)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep
from matching.decisions import service
from matching.decisions.schemas import (
    DecisionCreate,
    DecisionPage,
    DecisionRead,
    PlanPage,
    PlanRead,
    ReplayRead,
)

decisions = APIRouter(prefix="/v1/decisions", tags=["decisions"])
plans = APIRouter(prefix="/v1/plans", tags=["plans"])

Decider = Annotated[Principal, Depends(require_roles("caseworker", "reviewer", "admin", "service"))]
Reader = Annotated[Principal, Depends(require_roles(*service.STAFF_ROLES))]
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0)]


@decisions.post(
    "",
    status_code=201,
    response_model=DecisionRead,
    summary="Decide a household: circle, every policy explained, 就高, and the plan",
)
async def create_decision(
    data: DecisionCreate, session: SessionDep, principal: Decider
) -> DecisionRead:
    decision, _ = await service.create(session, data=data, principal=principal)
    return await service.to_read(session, decision)


@decisions.get("", response_model=DecisionPage, summary="Decisions in the caller's region")
async def list_decisions(
    session: SessionDep,
    principal: Reader,
    household_id: uuid.UUID | None = None,
    application_id: uuid.UUID | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> DecisionPage:
    rows, total = await service.list_visible(
        session,
        principal=principal,
        household_id=household_id,
        application_id=application_id,
        limit=limit,
        offset=offset,
    )
    return DecisionPage(
        items=[service.summary(r) for r in rows], total=total, limit=limit, offset=offset
    )


@decisions.get("/{decision_id}", response_model=DecisionRead, summary="Read a decision")
async def get_decision(
    decision_id: uuid.UUID, session: SessionDep, principal: Reader
) -> DecisionRead:
    decision = await service.get_visible(session, decision_id=decision_id, principal=principal)
    return await service.to_read(session, decision)


@decisions.get(
    "/{decision_id}/replay",
    response_model=ReplayRead,
    summary="Recompute with the stored catalog version and facts; must be identical",
)
async def replay_decision(
    decision_id: uuid.UUID, session: SessionDep, principal: Reader
) -> ReplayRead:
    return await service.replay(session, decision_id=decision_id, principal=principal)


@plans.get("/{plan_id}", response_model=PlanRead, summary="Read a plan (一户一策)")
async def get_plan(plan_id: uuid.UUID, session: SessionDep, principal: Reader) -> PlanRead:
    return service.plan_read(
        await service.get_plan_visible(session, plan_id=plan_id, principal=principal)
    )


@plans.get("", response_model=PlanPage, summary="Plans in the caller's region")
async def list_plans(
    session: SessionDep,
    principal: Reader,
    household_id: uuid.UUID | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> PlanPage:
    rows, total = await service.list_plans(
        session, principal=principal, household_id=household_id, limit=limit, offset=offset
    )
    return PlanPage(
        items=[service.plan_read(r) for r in rows], total=total, limit=limit, offset=offset
    )
