"""Every query on the households verification knows about."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from verification.households.models import KnownHousehold, KnownMember


async def get(session: AsyncSession, household_id: uuid.UUID) -> KnownHousehold | None:
    return await session.get(KnownHousehold, household_id)


async def replace_members(
    session: AsyncSession, *, household_id: uuid.UUID, region_code: str, indexes: Sequence[str]
) -> None:
    await session.execute(delete(KnownMember).where(KnownMember.household_id == household_id))
    add_members(session, household_id=household_id, region_code=region_code, indexes=indexes)


def add_members(
    session: AsyncSession, *, household_id: uuid.UUID, region_code: str, indexes: Sequence[str]
) -> None:
    """The members of a household seen for the first time (it has none to replace)."""
    session.add_all(
        KnownMember(person_index=i, household_id=household_id, region_code=region_code)
        for i in dict.fromkeys(indexes)
    )


async def regions_of_person(session: AsyncSession, person_index: str) -> list[str]:
    rows = await session.execute(
        select(KnownMember.region_code).where(KnownMember.person_index == person_index)
    )
    return list(rows.scalars())
