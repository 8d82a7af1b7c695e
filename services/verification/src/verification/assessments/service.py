"""Assessment rules: at least two different investigators, the recorder among them, region in scope."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput, NotFound
from verification.assessments import repository
from verification.assessments.models import HomeVisitAssessment
from verification.assessments.schemas import AssessmentCreate, AssessmentRead, GeoPoint
from verification.checks import double_check


async def record(
    session: AsyncSession, *, data: AssessmentCreate, principal: Principal
) -> tuple[HomeVisitAssessment, bool]:
    """Store the visit; returns it and whether it concluded the double check."""
    if not principal.sees_region(data.region_code):
        raise Forbidden(
            f"Region {data.region_code} is outside your scope ({principal.region_scope or 'none'})"
        )
    errors = []
    subjects = [i.subject for i in data.investigators]
    if len(set(subjects)) < 2:
        errors.append(
            {"field": "investigators", "message": "at least two different investigators visit"}
        )
    if principal.subject not in subjects and not principal.has_any("admin"):
        errors.append(
            {"field": "investigators", "message": "the person recording must be an investigator"}
        )
    if data.visited_at > datetime.now(UTC) + timedelta(minutes=5):
        errors.append({"field": "visited_at", "message": "the visit is dated in the future"})
    if errors:
        raise InvalidInput(
            "The assessment breaks: " + "; ".join(e["message"] for e in errors), errors=errors
        )
    assessment = HomeVisitAssessment(
        application_id=data.application_id,
        household_id=data.household_id,
        region_code=data.region_code,
        visited_at=data.visited_at,
        investigators=[i.model_dump() for i in data.investigators],
        items=data.items.model_dump(),
        neighbour_interviews=[n.model_dump() for n in data.neighbour_interviews],
        photos=[p.model_dump(mode="json") for p in data.photos],
        latitude=data.location.latitude if data.location else None,
        longitude=data.location.longitude if data.location else None,
        notes=data.notes,
        conclusion=data.conclusion,
        conclusion_text=data.conclusion_text,
        recorded_by=principal.subject,
    )
    session.add(assessment)
    await session.flush()
    concluded = await double_check.conclude_if_ready(
        session, application_id=assessment.application_id
    )
    return assessment, concluded


async def get_visible(
    session: AsyncSession, *, assessment_id: uuid.UUID, principal: Principal
) -> HomeVisitAssessment:
    assessment = await repository.get(session, assessment_id)
    if assessment is None or not principal.sees_region(assessment.region_code):
        raise NotFound(f"Assessment {assessment_id} does not exist or is outside your region")
    return assessment


def to_read(assessment: HomeVisitAssessment, *, concluded: bool = False) -> AssessmentRead:
    location = None
    if assessment.latitude is not None and assessment.longitude is not None:
        location = GeoPoint(latitude=assessment.latitude, longitude=assessment.longitude)
    return AssessmentRead.model_validate(
        {
            **assessment.model_dump(exclude={"latitude", "longitude"}),
            "location": location,
            "double_check_concluded": concluded,
        }
    )
