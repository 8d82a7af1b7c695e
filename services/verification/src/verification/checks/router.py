"""`/v1/checks`: staff request an economic check (or a re-check) and read the immutable reports."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep
from verification.checks import service
from verification.checks.models import EconomicCheck
from verification.checks.schemas import CheckRead, CheckRequest

router = APIRouter(prefix="/v1/checks", tags=["checks"])

Writer = Annotated[Principal, Depends(require_roles(*service.WRITER_ROLES))]
Reader = Annotated[Principal, Depends(require_roles(*service.READER_ROLES))]


def _read(check: EconomicCheck) -> CheckRead:
    return CheckRead.model_validate(check.model_dump())


@router.post(
    "",
    status_code=201,
    response_model=CheckRead,
    summary="Run an economic-status check (信息化核对); a repeat makes a new version",
    responses={403: {"description": "no valid consent, or the region is outside your scope"}},
)
async def request_check(
    data: CheckRequest, request: Request, session: SessionDep, principal: Writer
) -> CheckRead:
    check = await service.create(
        session, request=data, principal=principal, settings=request.app.state.settings
    )
    return _read(check)


@router.get("/{check_id}", response_model=CheckRead, summary="One check report")
async def get_check(check_id: uuid.UUID, session: SessionDep, principal: Reader) -> CheckRead:
    return _read(await service.get_visible(session, check_id=check_id, principal=principal))


@router.get(
    "",
    response_model=list[CheckRead],
    summary="Checks of an application or a household, newest first",
)
async def list_checks(
    session: SessionDep,
    principal: Reader,
    application_id: uuid.UUID | None = None,
    household_id: uuid.UUID | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[CheckRead]:
    checks = await service.listing(
        session,
        application_id=application_id,
        household_id=household_id,
        limit=limit,
        principal=principal,
    )
    return [_read(c) for c in checks]
