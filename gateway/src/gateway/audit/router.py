"""`GET /v1/audit`: auditors search who read unmasked personal data, when and why."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from gateway.audit import service
from gateway.audit.schemas import AuditEntryRead, AuditPage
from gateway.db import SessionDep
from gateway.limits.guard import limited
from jiuzhu_kit.auth import Principal

router = APIRouter(tags=["audit"])

Auditor = Annotated[Principal, Depends(limited("auditor"))]


@router.get(
    "/v1/audit",
    response_model=AuditPage,
    summary="Search the audit log of reads of unmasked personal data (newest first)",
)
async def search_audit(
    session: SessionDep,
    principal: Auditor,
    subject: str | None = None,
    path_prefix: str | None = None,
    request_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> AuditPage:
    entries, total = await service.search(
        session,
        subject=subject,
        path_prefix=path_prefix,
        request_id=request_id,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )
    return AuditPage(
        items=[AuditEntryRead.model_validate(e, from_attributes=True) for e in entries],
        total=total,
        limit=limit,
        offset=offset,
    )
