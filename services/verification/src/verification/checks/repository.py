"""Every query on economic checks, and the record reads a check needs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

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


async def records_for_check(
    session: AsyncSession,
    person_indexes: Sequence[str],
    *,
    kinds: Sequence[str],
    income_since: date,
    expenditure_since: date,
) -> list[Any]:
    """The members' records a check reads: columns only (no ORM objects), on the person index."""
    r = PartnerRecord
    wanted = []
    if "income" in kinds:
        wanted.append(and_(r.kind == "income", r.effective_on >= income_since))
    if "expenditure" in kinds:
        wanted.append(and_(r.kind == "expenditure", r.effective_on >= expenditure_since))
    for kind in ("asset", "life_event"):
        if kind in kinds:
            wanted.append(r.kind == kind)
    if not wanted:
        return []
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
    rows = await session.execute(
        select(*columns).where(r.person_index.in_(person_indexes), or_(*wanted))
    )
    return list(rows.all())
