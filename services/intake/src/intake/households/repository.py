"""Every query on households, members, declared incomes/assets and household versions."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, String, any_, bindparam, delete, func, or_, select, true
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession

from intake.db import fetch_on_driver
from intake.households.models import (
    Household,
    HouseholdVersion,
    Member,
    MemberAsset,
    MemberIncome,
)


async def get(session: AsyncSession, household_id: uuid.UUID) -> Household | None:
    return await session.get(Household, household_id)


async def members_of(session: AsyncSession, household_id: uuid.UUID) -> list[Member]:
    rows = await session.execute(
        select(Member).where(Member.household_id == household_id).order_by(Member.position)
    )
    return list(rows.scalars())


async def incomes_of(session: AsyncSession, member_ids: Sequence[uuid.UUID]) -> list[MemberIncome]:
    if not member_ids:
        return []
    rows = await session.execute(
        select(MemberIncome)
        .where(MemberIncome.member_id.in_(member_ids))
        .order_by(MemberIncome.member_id, MemberIncome.position)
    )
    return list(rows.scalars())


async def assets_of(session: AsyncSession, member_ids: Sequence[uuid.UUID]) -> list[MemberAsset]:
    if not member_ids:
        return []
    rows = await session.execute(
        select(MemberAsset)
        .where(MemberAsset.member_id.in_(member_ids))
        .order_by(MemberAsset.member_id, MemberAsset.position)
    )
    return list(rows.scalars())


async def clear_declared_money(session: AsyncSession, member_ids: Sequence[uuid.UUID]) -> None:
    """Drop the incomes and assets of these members (a new version declares them afresh)."""
    if not member_ids:
        return
    await session.execute(delete(MemberIncome).where(MemberIncome.member_id.in_(member_ids)))
    await session.execute(delete(MemberAsset).where(MemberAsset.member_id.in_(member_ids)))


async def delete_members(session: AsyncSession, member_ids: Sequence[uuid.UUID]) -> None:
    if member_ids:
        await session.execute(delete(Member).where(Member.id.in_(member_ids)))


# Built once: every submission asks it, and building the statement cost more than running it.
# PostgreSQL gets the indexes as one array parameter (`= ANY(:indexes)`): an expanding IN list is
# rewritten into the SQL text at every execution, which cost more CPU than the query.
# On PostgreSQL the members are found first (blind-index index) and their households looked up by
# primary key through a LATERAL subquery, so the join order cannot be turned round: planned for young
# tables without statistics, the plain join scanned every household with one member probe each,
# and each submission cost grew with the number of households. (SQLite has no LATERAL; its
# planner drives the join from the member index.)
def _active_with_member(dialect: str, excluding: bool) -> Select[Any]:
    conditions = [Household.status == "active"]
    if excluding:
        conditions.append(Household.id != bindparam("excluding"))
    if dialect != "postgresql":
        return (
            select(Household)
            .join(Member, Member.household_id == Household.id)
            .where(Member.id_index.in_(bindparam("indexes", expanding=True)), *conditions)
            .limit(1)
        )
    # LIMIT 1 (the primary key matches one row anyway) keeps PostgreSQL from flattening the
    # subquery into an ordinary join whose order it would be free to choose again. Only the id is
    # read: the household is loaded by it in the rare case there is one.
    household = (
        select(Household.id)
        .where(Household.id == Member.household_id, *conditions)
        .limit(1)
        .lateral("h")
    )
    return (
        select(household.c.id)
        .select_from(Member)
        .join(household, true())
        .where(Member.id_index == any_(bindparam("indexes", type_=postgresql.ARRAY(String))))
        .limit(1)
    )


_ACTIVE_WITH_MEMBER = {
    (dialect, excluding): _active_with_member(dialect, excluding)
    for dialect in ("postgresql", "")
    for excluding in (False, True)
}


async def find_active_by_member_index(
    session: AsyncSession, id_indexes: Sequence[str], *, excluding: uuid.UUID | None = None
) -> Household | None:
    """An active household having one of these people as a member (one household per person).

    Every submission asks this and nearly always finds none; on PostgreSQL the question goes
    straight to the driver (`fetch_on_driver`), which costs a fraction of the ORM's execution.
    """
    postgres = session.get_bind().dialect.name == "postgresql"
    query = _ACTIVE_WITH_MEMBER["postgresql" if postgres else "", excluding is not None]
    params: dict[str, Any] = {"indexes": list(id_indexes)}
    if excluding is not None:
        params["excluding"] = excluding
    if not postgres:
        return (await session.execute(query, params)).scalars().first()
    rows = await fetch_on_driver(session, query, params)
    return await session.get(Household, rows[0][0]) if rows else None


async def versions_of(session: AsyncSession, household_id: uuid.UUID) -> list[HouseholdVersion]:
    rows = await session.execute(
        select(HouseholdVersion)
        .where(HouseholdVersion.household_id == household_id)
        .order_by(HouseholdVersion.version)
    )
    return list(rows.scalars())


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
