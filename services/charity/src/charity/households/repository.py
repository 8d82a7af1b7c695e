"""Every query on household profiles and needs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from charity.households.models import HouseholdNeed, HouseholdProfile


async def get(session: AsyncSession, household_id: uuid.UUID) -> HouseholdProfile | None:
    return await session.get(HouseholdProfile, household_id)


async def get_need(session: AsyncSession, need_id: uuid.UUID) -> HouseholdNeed | None:
    return await session.get(HouseholdNeed, need_id)


async def needs_of(session: AsyncSession, household_id: uuid.UUID) -> list[HouseholdNeed]:
    rows = await session.execute(
        select(HouseholdNeed)
        .where(HouseholdNeed.household_id == household_id)
        .order_by(HouseholdNeed.created_at, HouseholdNeed.id)
    )
    return list(rows.scalars())


async def open_needs(
    session: AsyncSession, *, region_prefixes: Sequence[str] | None, limit: int
) -> list[tuple[HouseholdNeed, HouseholdProfile]]:
    query = (
        select(HouseholdNeed, HouseholdProfile)
        .join(HouseholdProfile, HouseholdProfile.household_id == HouseholdNeed.household_id)
        .where(HouseholdNeed.status == "open")
    )
    if region_prefixes is not None:
        query = query.where(
            or_(*(HouseholdProfile.region_code.startswith(p) for p in region_prefixes))
        )
    rows = await session.execute(
        query.order_by(HouseholdNeed.created_at, HouseholdNeed.id).limit(limit)
    )
    return [(need, profile) for need, profile in rows.all()]
