"""`/v1/applications/{id}/conferences`: convene a case conference, record opinions, conclude."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from intake.conferences import service
from intake.conferences.schemas import (
    ConclusionCreate,
    ConferenceCreate,
    ConferenceRead,
    OpinionCreate,
)
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep

router = APIRouter(
    prefix="/v1/applications/{application_id}/conferences", tags=["case conferences"]
)

Reviewer = Annotated[Principal, Depends(require_roles("reviewer", "admin"))]
Staff = Annotated[
    Principal, Depends(require_roles("caseworker", "reviewer", "admin", "auditor", "service"))
]


@router.post("", status_code=201, response_model=ConferenceRead, summary="Convene (政策会商)")
async def convene(
    application_id: uuid.UUID, data: ConferenceCreate, session: SessionDep, principal: Reviewer
) -> ConferenceRead:
    conference = await service.convene(
        session, application_id=application_id, data=data, principal=principal
    )
    return await service.to_read(session, conference)


@router.get("", response_model=list[ConferenceRead], summary="The application's conferences")
async def list_conferences(
    application_id: uuid.UUID, session: SessionDep, principal: Staff
) -> list[ConferenceRead]:
    rows = await service.list_for(session, application_id=application_id, principal=principal)
    return [await service.to_read(session, c) for c in rows]


@router.post(
    "/{conference_id}/opinions",
    status_code=201,
    response_model=ConferenceRead,
    summary="Record a department's opinion on a scheme",
)
async def record_opinion(
    application_id: uuid.UUID,
    conference_id: uuid.UUID,
    data: OpinionCreate,
    session: SessionDep,
    principal: Reviewer,
) -> ConferenceRead:
    conference = await service.record_opinion(
        session,
        application_id=application_id,
        conference_id=conference_id,
        data=data,
        principal=principal,
    )
    return await service.to_read(session, conference)


@router.post(
    "/{conference_id}/conclusion",
    response_model=ConferenceRead,
    summary="Conclude: the conclusion joins the review and the timeline",
)
async def conclude(
    application_id: uuid.UUID,
    conference_id: uuid.UUID,
    data: ConclusionCreate,
    session: SessionDep,
    principal: Reviewer,
) -> ConferenceRead:
    conference = await service.conclude(
        session,
        application_id=application_id,
        conference_id=conference_id,
        data=data,
        principal=principal,
    )
    return await service.to_read(session, conference)
