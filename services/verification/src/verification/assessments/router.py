"""`/v1/assessments`: record a home visit and read it back."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep
from verification.assessments import service
from verification.assessments.schemas import AssessmentCreate, AssessmentRead

router = APIRouter(prefix="/v1/assessments", tags=["assessments"])

Writer = Annotated[Principal, Depends(require_roles("caseworker", "reviewer", "admin"))]
Reader = Annotated[
    Principal, Depends(require_roles("caseworker", "reviewer", "admin", "auditor", "service"))
]


@router.post(
    "",
    status_code=201,
    response_model=AssessmentRead,
    summary="Record a home-visit assessment (生活状况综合评估)",
)
async def record_assessment(
    data: AssessmentCreate, session: SessionDep, principal: Writer
) -> AssessmentRead:
    assessment, concluded = await service.record(session, data=data, principal=principal)
    return service.to_read(assessment, concluded=concluded)


@router.get("/{assessment_id}", response_model=AssessmentRead, summary="One assessment")
async def get_assessment(
    assessment_id: uuid.UUID, session: SessionDep, principal: Reader
) -> AssessmentRead:
    return service.to_read(
        await service.get_visible(session, assessment_id=assessment_id, principal=principal)
    )
