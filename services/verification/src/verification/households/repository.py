"""Every query on the households verification knows about.

Written with Core statements: these rows are only ever replaced by intake's announcements, so the
session has no objects to track (building and flushing them was most of an announcement's cost).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.db import utcnow
from verification.households.models import KnownHousehold, KnownMember

_households = KnownHousehold.__table__
_members = KnownMember.__table__


async def get(session: AsyncSession, household_id: uuid.UUID) -> KnownHousehold | None:
    return await session.get(KnownHousehold, household_id)


async def add_if_new(
    session: AsyncSession,
    *,
    household_id: uuid.UUID,
    region_code: str,
    version: int,
    indexes: Sequence[str],
) -> bool:
    """Store a household seen for the first time; False (nothing written) if it is known already."""
    dialect = session.get_bind().dialect.name
    upsert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        upsert(_households)
        .on_conflict_do_nothing(index_elements=["household_id"])
        .returning(_households.c.household_id)
    )
    values = {
        "household_id": household_id,
        "region_code": region_code,
        "version": version,
        "member_indexes": list(indexes),
        "updated_at": utcnow(),
    }
    return (await session.execute(statement, values)).first() is not None


async def version_of(session: AsyncSession, household_id: uuid.UUID) -> int | None:
    rows = await session.execute(
        select(_households.c.version).where(_households.c.household_id == household_id)
    )
    return rows.scalar_one_or_none()


async def replace(
    session: AsyncSession,
    *,
    household_id: uuid.UUID,
    region_code: str,
    version: int,
    indexes: Sequence[str],
) -> None:
    """A known household's newer announcement: its region, version and members replaced."""
    await session.execute(
        update(_households)
        .where(_households.c.household_id == household_id)
        .values(
            region_code=region_code,
            version=version,
            member_indexes=list(indexes),
            updated_at=utcnow(),
        )
    )
    await session.execute(delete(_members).where(_members.c.household_id == household_id))
    await add_members(session, household_id=household_id, region_code=region_code, indexes=indexes)


async def add_members(
    session: AsyncSession, *, household_id: uuid.UUID, region_code: str, indexes: Sequence[str]
) -> None:
    """The members of a household that has none stored (new, or just cleared)."""
    rows: list[dict[str, Any]] = [
        {"person_index": i, "household_id": household_id, "region_code": region_code}
        for i in dict.fromkeys(indexes)
    ]
    if rows:
        await session.execute(insert(_members), rows)


async def regions_of_person(session: AsyncSession, person_index: str) -> list[str]:
    rows = await session.execute(
        select(KnownMember.region_code).where(KnownMember.person_index == person_index)
    )
    return list(rows.scalars())
