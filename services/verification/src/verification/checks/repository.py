"""Every query on economic checks, and the record reads a check needs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from verification.assessments.models import HomeVisitAssessment
from verification.checks.models import EconomicCheck
from verification.records.models import PartnerRecord


async def get(session: AsyncSession, check_id: uuid.UUID) -> EconomicCheck | None:
    return await session.get(EconomicCheck, check_id)


async def latest_version(session: AsyncSession, application_id: uuid.UUID) -> int:
    row = await session.execute(
        select(func.max(EconomicCheck.version)).where(
            EconomicCheck.application_id == application_id
        )
    )
    return int(row.scalar_one() or 0)


async def latest_for(session: AsyncSession, application_id: uuid.UUID) -> EconomicCheck | None:
    rows = await session.execute(
        select(EconomicCheck)
        .where(EconomicCheck.application_id == application_id)
        .order_by(EconomicCheck.version.desc())
        .limit(1)
    )
    return rows.scalars().first()


async def newest_first(
    session: AsyncSession,
    *,
    application_id: uuid.UUID | None,
    household_id: uuid.UUID | None,
    limit: int,
) -> list[EconomicCheck]:
    query = select(EconomicCheck)
    if application_id is not None:
        query = query.where(EconomicCheck.application_id == application_id)
    if household_id is not None:
        query = query.where(EconomicCheck.household_id == household_id)
    rows = await session.execute(
        query.order_by(EconomicCheck.created_at.desc(), EconomicCheck.version.desc()).limit(limit)
    )
    return list(rows.scalars())


async def add_next_version(session: AsyncSession, values: dict[str, Any]) -> Any:
    """Store a report as the application's next version; its `version`, and the latest home-visit
    assessment's `assessment_id` and `assessment_conclusion` (None without one) for the double check.

    One statement instead of three: numbering the version and looking for the assessment ride on
    the insert, each asked as its own query would be (the unique (application_id, version) still
    refuses a concurrent twin).
    """
    parameters = {**values, "of_application": values["application_id"]}
    return (await session.execute(_insert_next_version(), parameters)).one()


@cache
def _insert_next_version() -> Any:
    """Built once: a Core insert (a report is never updated: no ORM object to track)."""
    table = EconomicCheck.__table__
    application: Any = bindparam("of_application")
    previous = (
        select(func.coalesce(func.max(table.c.version), 0) + 1)
        .where(table.c.application_id == application)
        .scalar_subquery()
    )
    visits = HomeVisitAssessment.__table__
    latest_visit = (
        select(visits)
        .where(visits.c.application_id == application)
        .order_by(visits.c.created_at.desc())
        .limit(1)
        .subquery()
    )
    return (
        insert(table)
        .values(version=previous)
        .returning(
            table.c.version,
            select(latest_visit.c.id).scalar_subquery().label("assessment_id"),
            select(latest_visit.c.conclusion).scalar_subquery().label("assessment_conclusion"),
        )
    )


async def records_for_check(
    session: AsyncSession,
    person_indexes: Sequence[str],
    *,
    kinds: Sequence[str],
    income_since: date,
    expenditure_since: date,
) -> list[Any]:
    """The members' records a check reads: columns only (no ORM objects), on the person index."""
    statement = _records_statement(
        frozenset(kinds) & {"income", "expenditure", "asset", "life_event"}
    )
    if statement is None:
        return []
    rows = await session.execute(
        statement,
        {
            "person_indexes": list(person_indexes),
            "income_since": income_since,
            "expenditure_since": expenditure_since,
        },
    )
    return list(rows.all())


@cache
def _records_statement(kinds: frozenset[str]) -> Select[Any] | None:
    """Built once per set of kinds, its values bound at execution: building and keying a new
    statement for every check cost more than running it."""
    r = PartnerRecord
    wanted = []
    if "income" in kinds:
        wanted.append(and_(r.kind == "income", r.effective_on >= bindparam("income_since")))
    if "expenditure" in kinds:
        wanted.append(
            and_(r.kind == "expenditure", r.effective_on >= bindparam("expenditure_since"))
        )
    for kind in ("asset", "life_event"):
        if kind in kinds:
            wanted.append(r.kind == kind)
    if not wanted:
        return None
    columns = [
        r.id,
        r.source,
        r.source_record_id,
        r.person_index,
        r.kind,
        r.type,
        r.amount_yuan,
        r.effective_on,
        r.period_from,
        r.period_to,
        r.attributes,
    ]
    return select(*columns).where(
        r.person_index.in_(bindparam("person_indexes", expanding=True)), or_(*wanted)
    )
