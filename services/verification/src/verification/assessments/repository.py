"""Every query on home-visit assessments."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from verification.assessments.models import HomeVisitAssessment


async def get(session: AsyncSession, assessment_id: uuid.UUID) -> HomeVisitAssessment | None:
    return await session.get(HomeVisitAssessment, assessment_id)


async def latest_for(
    session: AsyncSession, application_id: uuid.UUID
) -> HomeVisitAssessment | None:
    rows = await session.execute(
        select(HomeVisitAssessment)
        .where(HomeVisitAssessment.application_id == application_id)
        .order_by(HomeVisitAssessment.created_at.desc())
        .limit(1)
    )
    return rows.scalars().first()
