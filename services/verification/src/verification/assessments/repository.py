"""Every query on home-visit assessments."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from verification.assessments.models import HomeVisitAssessment


async def get(session: AsyncSession, assessment_id: uuid.UUID) -> HomeVisitAssessment | None:
    return await session.get(HomeVisitAssessment, assessment_id)


async def latest_conclusion_for(session: AsyncSession, application_id: uuid.UUID) -> Any | None:
    """The latest assessment's id and conclusion (what the double check needs), or None: asked at
    every check, and a whole assessment (photos, interviews) would be loaded for two columns."""
    table = HomeVisitAssessment.__table__
    rows = await session.execute(
        select(table.c.id, table.c.conclusion)
        .where(table.c.application_id == application_id)
        .order_by(table.c.created_at.desc())
        .limit(1)
    )
    return rows.first()
