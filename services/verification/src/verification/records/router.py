"""`/v1/records`: a partner pushes one record; staff and partners read records and their history."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep
from verification.records import service
from verification.records.schemas import (
    RecordCreate,
    RecordRead,
    RecordSearch,
    RecordVersionRead,
    RecordWriteResult,
)

router = APIRouter(prefix="/v1/records", tags=["records"])

Partner = Annotated[Principal, Depends(require_roles("data_partner"))]
Staff = Annotated[Principal, Depends(require_roles(*service.STAFF_ROLES))]
Reader = Annotated[Principal, Depends(require_roles("data_partner", *service.STAFF_ROLES))]


@router.post(
    "",
    status_code=201,
    response_model=RecordWriteResult,
    summary="Push one record (201 created; 200 when it supersedes or repeats an earlier one)",
)
async def push_record(
    data: RecordCreate,
    request: Request,
    response: Response,
    session: SessionDep,
    principal: Partner,
) -> RecordWriteResult:
    record, outcome = await service.write_one(
        session, data=data, principal=principal, pii_key=request.app.state.settings.pii_key
    )
    if outcome != "created":
        response.status_code = 200
    read = await service.to_read(session, record)
    return RecordWriteResult(**read.model_dump(), outcome=outcome)


@router.get(
    "",
    response_model=list[RecordRead],
    summary="Current records about the members of a household in your region",
)
async def household_records(
    session: SessionDep,
    principal: Staff,
    household_id: uuid.UUID,
    kind: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[RecordRead]:
    records = await service.of_household(
        session, household_id=household_id, kind=kind, limit=limit, principal=principal
    )
    return [await service.to_read(session, r) for r in records]


@router.post(
    "/search",
    response_model=list[RecordRead],
    summary="Current records about one person in your region",
)
async def search_records(
    query: RecordSearch, request: Request, session: SessionDep, principal: Staff
) -> list[RecordRead]:
    records = await service.search(
        session, query=query, principal=principal, pii_key=request.app.state.settings.pii_key
    )
    return [await service.to_read(session, r) for r in records]


@router.get("/{record_id}", response_model=RecordRead, summary="One record")
async def get_record(record_id: int, session: SessionDep, principal: Reader) -> RecordRead:
    record = await service.get_visible(session, record_id=record_id, principal=principal)
    return await service.to_read(session, record)


@router.get(
    "/{record_id}/versions",
    response_model=list[RecordVersionRead],
    summary="Earlier versions a correction superseded",
)
async def record_versions(
    record_id: int, session: SessionDep, principal: Reader
) -> list[RecordVersionRead]:
    rows = await service.history(session, record_id=record_id, principal=principal)
    return [RecordVersionRead.model_validate(v) for v in rows]
