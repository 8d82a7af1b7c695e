"""Every query on the households verification knows about.

Written with Core statements: these rows are only ever replaced by intake's announcements, so the
session has no objects to track (building and flushing them was most of an announcement's cost).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import ARRAY, String, TextClause, bindparam, delete, insert, select, text, update
from sqlalchemy.dialects import sqlite
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
    """Store a household seen for the first time with its members; False (nothing written) if it
    is known already. On PostgreSQL one statement writes both tables."""
    values = {
        "household_id": household_id,
        "region_code": region_code,
        "version": version,
        "member_indexes": list(indexes),
        "updated_at": utcnow(),
    }
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        values["people"] = list(dict.fromkeys(indexes))
        return bool((await session.execute(_add_with_members(), values)).scalar_one())
    statement = (
        sqlite.insert(_households)
        .on_conflict_do_nothing(index_elements=["household_id"])
        .returning(_households.c.household_id)
    )
    if (await session.execute(statement, values)).first() is None:
        return False
    await add_members(session, household_id=household_id, region_code=region_code, indexes=indexes)
    return True


@cache
def _add_with_members() -> TextClause:
    """The household inserted unless known, and its members only if it was: the members' insert
    reads the household's RETURNING, so nothing is written for a known one."""
    return text(
        """
        WITH household AS (
            INSERT INTO known_household
                (household_id, region_code, version, member_indexes, updated_at)
            VALUES (:household_id, :region_code, :version, :member_indexes, :updated_at)
            ON CONFLICT (household_id) DO NOTHING
            RETURNING household_id, region_code
        ), members AS (
            INSERT INTO known_member (person_index, household_id, region_code)
            SELECT person, household.household_id, household.region_code
            FROM household, unnest(:people) AS person
        )
        SELECT count(*) FROM household
        """
    ).bindparams(
        bindparam("household_id", type_=_households.c.household_id.type),
        bindparam("member_indexes", type_=_households.c.member_indexes.type),
        bindparam("updated_at", type_=_households.c.updated_at.type),
        bindparam("people", type_=ARRAY(String)),
    )


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
