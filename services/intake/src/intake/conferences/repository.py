"""Every query on case conferences and opinions."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from intake.conferences.models import CaseConference, ConferenceOpinion


async def get(session: AsyncSession, conference_id: uuid.UUID) -> CaseConference | None:
    return await session.get(CaseConference, conference_id)


async def of_application(session: AsyncSession, application_id: uuid.UUID) -> list[CaseConference]:
    rows = await session.execute(
        select(CaseConference)
        .where(CaseConference.application_id == application_id)
        .order_by(CaseConference.convened_at)
    )
    return list(rows.scalars())


async def opinions_of(session: AsyncSession, conference_id: uuid.UUID) -> list[ConferenceOpinion]:
    rows = await session.execute(
        select(ConferenceOpinion)
        .where(ConferenceOpinion.conference_id == conference_id)
        .order_by(ConferenceOpinion.recorded_at, ConferenceOpinion.id)
    )
    return list(rows.scalars())


async def opinion(
    session: AsyncSession, conference_id: uuid.UUID, department: str, scheme: str
) -> ConferenceOpinion | None:
    rows = await session.execute(
        select(ConferenceOpinion).where(
            ConferenceOpinion.conference_id == conference_id,
            ConferenceOpinion.department == department,
            ConferenceOpinion.scheme == scheme,
        )
    )
    return rows.scalars().first()
