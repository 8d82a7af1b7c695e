"""`/v1/applications`: apply, move through the workflow, consent, documents, timeline, status, lists."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from intake.applications import service, views
from intake.applications.schemas import (
    ApplicationCreate,
    ApplicationPage,
    ApplicationRead,
    ConsentGrant,
    ConsentRevoke,
    DocumentsAdd,
    ListFilters,
    StatusRead,
    TimelineRead,
    TransitionRequest,
)
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/applications", tags=["applications"])

Applicant = Annotated[
    Principal,
    Depends(require_roles("applicant", "caseworker", "reviewer", "admin", "charity_partner")),
]
Actor = Annotated[Principal, Depends(require_roles("applicant", "caseworker", "reviewer", "admin"))]
Reader = Annotated[
    Principal,
    Depends(
        require_roles(
            "applicant", "caseworker", "reviewer", "admin", "auditor", "service", "charity_partner"
        )
    ),
]
Staff = Annotated[
    Principal, Depends(require_roles("caseworker", "reviewer", "admin", "auditor", "service"))
]


@router.post("", status_code=201, response_model=ApplicationRead, summary="Apply for assistance")
async def create_application(
    data: ApplicationCreate, session: SessionDep, principal: Applicant, request: Request
) -> ApplicationRead:
    opened = await service.create(
        session, data=data, principal=principal, pii_key=request.app.state.settings.pii_key
    )
    return await views.to_read(session, opened.application, opened)


@router.get("", response_model=ApplicationPage, summary="Applications you may see, newest first")
async def list_applications(
    session: SessionDep,
    principal: Reader,
    region: Annotated[str | None, Query(pattern=r"^\d{2,12}$")] = None,
    state: str | None = None,
    kind: str | None = None,
    channel: str | None = None,
    created_from: date | None = None,
    created_to: date | None = None,
    overdue: bool | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ApplicationPage:
    filters = ListFilters(
        region=region,
        state=state,
        kind=kind,
        channel=channel,
        created_from=created_from,
        created_to=created_to,
        overdue=overdue,
    )
    rows, next_cursor = await views.page(
        session, principal=principal, filters=filters, cursor=cursor, limit=limit
    )
    return ApplicationPage(
        items=[await views.to_read(session, a) for a in rows], next_cursor=next_cursor
    )


@router.get(
    "/overdue",
    response_model=ApplicationPage,
    summary="Open applications past their region's decision time limit",
)
async def overdue_applications(
    session: SessionDep,
    principal: Staff,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ApplicationPage:
    rows, next_cursor = await views.page(
        session, principal=principal, filters=ListFilters(overdue=True), cursor=cursor, limit=limit
    )
    return ApplicationPage(
        items=[await views.to_read(session, a) for a in rows], next_cursor=next_cursor
    )


@router.get("/{application_id}", response_model=ApplicationRead, summary="Read an application")
async def get_application(
    application_id: uuid.UUID, session: SessionDep, principal: Reader
) -> ApplicationRead:
    application = await service.get_visible(
        session, application_id=application_id, principal=principal
    )
    return await views.to_read(session, application)


@router.post(
    "/{application_id}/transitions",
    response_model=ApplicationRead,
    summary="Move the application to another state (409 names the allowed ones)",
)
async def transition_application(
    application_id: uuid.UUID, data: TransitionRequest, session: SessionDep, principal: Actor
) -> ApplicationRead:
    application = await service.transition(
        session, application_id=application_id, data=data, principal=principal
    )
    return await views.to_read(session, application)


@router.post(
    "/{application_id}/consent",
    response_model=ApplicationRead,
    summary="Record the household's consent to the economic check (授权核对)",
)
async def grant_consent(
    application_id: uuid.UUID, data: ConsentGrant, session: SessionDep, principal: Actor
) -> ApplicationRead:
    application = await service.grant_consent(
        session, application_id=application_id, data=data, principal=principal
    )
    return await views.to_read(session, application)


@router.post(
    "/{application_id}/consent/revoke",
    response_model=ApplicationRead,
    summary="Revoke the consent: no further check starts with it",
)
async def revoke_consent(
    application_id: uuid.UUID, data: ConsentRevoke, session: SessionDep, principal: Actor
) -> ApplicationRead:
    application = await service.revoke_consent(
        session, application_id=application_id, reason=data.reason, principal=principal
    )
    return await views.to_read(session, application)


@router.post(
    "/{application_id}/documents",
    response_model=ApplicationRead,
    summary="Add supporting documents (metadata with checksum)",
)
async def add_documents(
    application_id: uuid.UUID, data: DocumentsAdd, session: SessionDep, principal: Actor
) -> ApplicationRead:
    application = await service.add_documents(
        session, application_id=application_id, documents=data.documents, principal=principal
    )
    return await views.to_read(session, application)


@router.get(
    "/{application_id}/timeline",
    response_model=list[TimelineRead],
    summary="The case timeline: who did what, when and why",
)
async def application_timeline(
    application_id: uuid.UUID, session: SessionDep, principal: Reader
) -> list[TimelineRead]:
    return await views.timeline(session, application_id=application_id, principal=principal)


@router.get(
    "/{application_id}/status",
    response_model=StatusRead,
    summary="Plain-language status for the applicant (办理进度, in Chinese)",
)
async def application_status(
    application_id: uuid.UUID, session: SessionDep, principal: Reader
) -> StatusRead:
    return await views.status(session, application_id=application_id, principal=principal)
