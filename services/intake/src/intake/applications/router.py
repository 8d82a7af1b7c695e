"""`/v1/applications`: apply, move through the workflow, consent, documents, timeline, status, lists."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications import service, views
from intake.applications.models import Application
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


Step = Callable[[AsyncSession, uuid.UUID, Any, Principal], Awaitable[Application]]


def _step_route(path: str, name: str, summary: str, body: type[BaseModel], step: Step) -> None:
    """`POST /v1/applications/{id}<path>`: apply `step` to the application, answer the full record.

    The workflow's actions differ only in their body and service call; `name` keeps each route's
    operation id, so the OpenAPI and the generated client are those of one function per action.
    """

    async def endpoint(
        application_id: uuid.UUID, data: Any, session: SessionDep, principal: Actor
    ) -> ApplicationRead:
        application = await step(session, application_id, data, principal)
        return await views.to_read(session, application)

    endpoint.__annotations__["data"] = body
    endpoint.__name__ = endpoint.__qualname__ = name
    router.add_api_route(
        f"/{{application_id}}{path}",
        endpoint,
        methods=["POST"],
        response_model=ApplicationRead,
        summary=summary,
        name=name,
    )


_step_route(
    "/transitions",
    "transition_application",
    "Move the application to another state (409 names the allowed ones)",
    TransitionRequest,
    lambda session, application_id, data, principal: service.transition(
        session, application_id=application_id, data=data, principal=principal
    ),
)
_step_route(
    "/consent",
    "grant_consent",
    "Record the household's consent to the economic check (授权核对)",
    ConsentGrant,
    lambda session, application_id, data, principal: service.grant_consent(
        session, application_id=application_id, data=data, principal=principal
    ),
)
_step_route(
    "/consent/revoke",
    "revoke_consent",
    "Revoke the consent: no further check starts with it",
    ConsentRevoke,
    lambda session, application_id, data, principal: service.revoke_consent(
        session, application_id=application_id, reason=data.reason, principal=principal
    ),
)
_step_route(
    "/documents",
    "add_documents",
    "Add supporting documents (metadata with checksum)",
    DocumentsAdd,
    lambda session, application_id, data, principal: service.add_documents(
        session, application_id=application_id, documents=data.documents, principal=principal
    ),
)


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
