"""`/v1/applications/regional-parameters`: the workflow timing each region applies."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from intake.clock import SHANGHAI, now
from intake.parameters import service
from intake.parameters.schemas import EffectiveParameters, ParameterCreate, ParameterRead
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/applications/regional-parameters", tags=["regional parameters"])

Admin = Annotated[Principal, Depends(require_roles("admin"))]
Staff = Annotated[
    Principal, Depends(require_roles("caseworker", "reviewer", "admin", "auditor", "service"))
]


@router.post("", status_code=201, response_model=ParameterRead, summary="Set a regional parameter")
async def create_parameter(
    data: ParameterCreate, session: SessionDep, principal: Admin
) -> ParameterRead:
    row = await service.create(session, data=data, principal=principal)
    return ParameterRead.model_validate(row, from_attributes=True)


@router.get("", response_model=list[ParameterRead], summary="Parameters within your region")
async def list_parameters(session: SessionDep, principal: Staff) -> list[ParameterRead]:
    rows = await service.list_visible(session, principal=principal)
    return [ParameterRead.model_validate(r, from_attributes=True) for r in rows]


@router.get(
    "/effective", response_model=EffectiveParameters, summary="What applies to a region on a day"
)
async def effective_parameters(
    session: SessionDep,
    principal: Staff,
    region_code: Annotated[str, Query(pattern=r"^\d{6,12}$")],
    on: date | None = None,
) -> EffectiveParameters:
    day = on or now().astimezone(SHANGHAI).date()
    return await service.effective(session, region_code=region_code, on=day)
