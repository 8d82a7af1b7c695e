"""`/v1/referrals/households` and `/v1/referrals/needs`: the households and needs to link resources to."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from charity.access import StaffOrPartner
from charity.households import service
from charity.households.schemas import HouseholdRead, HouseholdRegister, NeedRead
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/referrals", tags=["households and needs"])
Caseworker = Annotated[Principal, Depends(require_roles("caseworker", "admin"))]


@router.put(
    "/households/{household_id}",
    response_model=HouseholdRead,
    summary="Register or update a household and its needs (when it did not come from intake)",
)
async def register_household(
    household_id: uuid.UUID, data: HouseholdRegister, session: SessionDep, principal: Caseworker
) -> HouseholdRead:
    profile = await service.register(
        session, household_id=household_id, data=data, principal=principal
    )
    return await service.to_read(session, profile, principal)


@router.get(
    "/households/{household_id}", response_model=HouseholdRead, summary="A household and its needs"
)
async def get_household(
    household_id: uuid.UUID, session: SessionDep, principal: StaffOrPartner
) -> HouseholdRead:
    profile = await service.get_visible(session, household_id=household_id, principal=principal)
    return await service.to_read(session, profile, principal)


@router.get("/needs", response_model=list[NeedRead], summary="Open needs in the caller's region")
async def open_needs(
    session: SessionDep,
    principal: StaffOrPartner,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[NeedRead]:
    return await service.open_needs(session, principal=principal, limit=limit)
