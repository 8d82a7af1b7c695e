"""`GET /v1/audit`: auditors search who read unmasked personal data, when and why."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from gateway.audit import service
from gateway.audit.schemas import AuditEntryRead, AuditPage, AuditQuery
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
    session: SessionDep, principal: Auditor, query: Annotated[AuditQuery, Depends()]
) -> AuditPage:
    entries, total = await service.search(session, query=query)
    return AuditPage(
        items=[AuditEntryRead.model_validate(e, from_attributes=True) for e in entries],
        total=total,
        limit=query.limit,
        offset=query.offset,
    )
