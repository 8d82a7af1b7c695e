"""`/v1/service-records`: record services and hotline calls, summarize person-times, export CSV."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from charity.access import Manager, StaffOrPartner
from charity.clock import ClockDep
from charity.records import service
from charity.records.schemas import (
    HotlineCallCreate,
    ServiceRecordCreate,
    ServiceRecordPage,
    ServiceRecordRead,
    Summary,
    SummaryBy,
)
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/service-records", tags=["service records"])
Region = Annotated[str | None, Query(pattern=r"^\d{2,12}$")]


@router.post("", status_code=201, response_model=ServiceRecordRead, summary="Record services given")
async def create_record(
    data: ServiceRecordCreate, session: SessionDep, principal: Manager, clock: ClockDep
) -> ServiceRecordRead:
    record = await service.create(session, data=data, principal=principal, now=clock())
    return ServiceRecordRead.model_validate(record, from_attributes=True)


@router.post(
    "/hotline-calls",
    status_code=201,
    response_model=ServiceRecordRead,
    summary="Record a hotline call (红棉守护热线)",
)
async def record_hotline_call(
    data: HotlineCallCreate, session: SessionDep, principal: Manager, clock: ClockDep
) -> ServiceRecordRead:
    record = await service.record_hotline_call(session, data=data, principal=principal, now=clock())
    return ServiceRecordRead.model_validate(record, from_attributes=True)


@router.get("", response_model=ServiceRecordPage, summary="Service records in scope")
async def list_records(
    session: SessionDep,
    principal: StaffOrPartner,
    organization_id: uuid.UUID | None = None,
    region_code: Region = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ServiceRecordPage:
    items, total = await service.page(
        session,
        principal=principal,
        organization_id=organization_id,
        region_code=region_code,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )
    return ServiceRecordPage(items=items, total=total, limit=limit, offset=offset)


@router.get("/summary", response_model=Summary, summary="Person-times by project, region, period …")
async def summary(
    session: SessionDep,
    principal: StaffOrPartner,
    by: SummaryBy = "project",
    organization_id: uuid.UUID | None = None,
    region_code: Region = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> Summary:
    return await service.summary(
        session,
        principal=principal,
        by=by,
        organization_id=organization_id,
        region_code=region_code,
        date_from=date_from,
        date_to=date_to,
    )


@router.get(
    "/export",
    summary="Every record in scope as CSV",
    description="Streamed as it is read, in the list's order; scope and filters as for the list.",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}}}},
)
async def export(
    request: Request,
    principal: StaffOrPartner,
    organization_id: uuid.UUID | None = None,
    region_code: Region = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> StreamingResponse:
    filters = service.export_scope(
        principal=principal,
        organization_id=organization_id,
        region_code=region_code,
        date_from=date_from,
        date_to=date_to,
    )
    return StreamingResponse(
        service.export_csv(request.app.state.sessions, filters=filters),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="service-records.csv"'},
    )
