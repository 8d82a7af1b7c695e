"""`/v1/households`: declare a household, change it (a new version), read it and its history, list."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from intake.households import service
from intake.households.schemas import (
    HouseholdCreate,
    HouseholdHistory,
    HouseholdPage,
    HouseholdRead,
    HouseholdUpdate,
)
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/households", tags=["households"])

Writer = Annotated[Principal, Depends(require_roles("applicant", "caseworker", "admin"))]
Reader = Annotated[
    Principal,
    Depends(require_roles("applicant", "caseworker", "reviewer", "admin", "auditor", "service")),
]


@router.post("", status_code=201, response_model=HouseholdRead, summary="Declare a household")
async def create_household(
    data: HouseholdCreate, session: SessionDep, principal: Writer, request: Request
) -> HouseholdRead:
    household = await service.create(
        session, data=data, principal=principal, pii_key=request.app.state.settings.pii_key
    )
    return await service.to_read(session, household, principal)


@router.get("/{household_id}", response_model=HouseholdRead, summary="Read a household")
async def get_household(
    household_id: uuid.UUID, session: SessionDep, principal: Reader
) -> HouseholdRead:
    household = await service.get_visible(session, household_id=household_id, principal=principal)
    return await service.to_read(session, household, principal)


@router.put(
    "/{household_id}", response_model=HouseholdRead, summary="Declare changes (a new version)"
)
async def update_household(
    household_id: uuid.UUID,
    data: HouseholdUpdate,
    session: SessionDep,
    principal: Writer,
    request: Request,
) -> HouseholdRead:
    household = await service.update(
        session,
        household_id=household_id,
        data=data,
        principal=principal,
        pii_key=request.app.state.settings.pii_key,
    )
    return await service.to_read(session, household, principal)


@router.get(
    "/{household_id}/versions",
    response_model=HouseholdHistory,
    summary="Every version of the declaration, oldest first",
)
async def household_history(
    household_id: uuid.UUID, session: SessionDep, principal: Reader
) -> HouseholdHistory:
    return await service.history(session, household_id=household_id, principal=principal)


@router.get("", response_model=HouseholdPage, summary="Households in the caller's region")
async def list_households(
    session: SessionDep,
    principal: Reader,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HouseholdPage:
    households, total = await service.list_visible(
        session, principal=principal, limit=limit, offset=offset
    )
    return HouseholdPage(
        items=[await service.to_read(session, h, principal) for h in households],
        total=total,
        limit=limit,
        offset=offset,
    )
