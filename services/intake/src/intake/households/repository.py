"""Every query on households and members."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from intake.households.models import Household, Member


async def get(session: AsyncSession, household_id: uuid.UUID) -> Household | None:
    return await session.get(Household, household_id)


async def members_of(session: AsyncSession, household_id: uuid.UUID) -> list[Member]:
    rows = await session.execute(
        select(Member).where(Member.household_id == household_id).order_by(Member.position)
    )
    return list(rows.scalars())


async def find_by_member_index(
    session: AsyncSession, id_indexes: Sequence[str]
) -> Household | None:
    rows = await session.execute(
        select(Household)
        .join(Member, Member.household_id == Household.id)
        .where(Member.id_index.in_(id_indexes))
        .limit(1)
    )
    return rows.scalars().first()


async def page(
    session: AsyncSession, *, region_prefixes: Sequence[str] | None, limit: int, offset: int
) -> tuple[list[Household], int]:
    query = select(Household)
    if region_prefixes is not None:
        query = query.where(or_(*(Household.region_code.startswith(p) for p in region_prefixes)))
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = await session.execute(
        query.order_by(Household.created_at.desc(), Household.id).limit(limit).offset(offset)
    )
    return list(rows.scalars()), int(total)
