"""Every query on warnings: reads by scope, transitions' loads, escalation, figures and metrics."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from verification.records.models import PartnerRecord
from verification.warnings.models import Warning

OPEN_STATES = ("new", "dispatched", "visiting")


async def get(
    session: AsyncSession, warning_id: int, *, for_update: bool = False
) -> Warning | None:
    stmt = select(Warning).where(Warning.id == warning_id)
    if for_update:
        stmt = stmt.with_for_update()
    rows = await session.execute(stmt)
    return rows.scalars().first()


async def page(
    session: AsyncSession,
    *,
    region_prefix: str,
    state: str | None,
    severity: str | None,
    overdue_before: date | None,
    escalated: bool | None,
    after_id: int,
    limit: int,
) -> list[Warning]:
    stmt = select(Warning).where(
        Warning.assigned_region.startswith(region_prefix),
        Warning.id > after_id,
    )
    if state is not None:
        stmt = stmt.where(Warning.state == state)
    if severity is not None:
        stmt = stmt.where(Warning.severity == severity)
    if overdue_before is not None:
        stmt = stmt.where(
            Warning.state.in_(OPEN_STATES),
            Warning.deadline_on < overdue_before,
        )
    if escalated is not None:
        stmt = stmt.where(
            Warning.escalated_at.is_not(None) if escalated else Warning.escalated_at.is_(None)
        )
    rows = await session.execute(stmt.order_by(Warning.id).limit(limit))
    return list(rows.scalars())


async def records(session: AsyncSession, ids: Sequence[int]) -> list[PartnerRecord]:
    if not ids:
        return []
    rows = await session.execute(
        select(PartnerRecord)
        .where(PartnerRecord.id.in_([int(i) for i in ids]))
        .order_by(PartnerRecord.effective_on, PartnerRecord.id)
    )
    return list(rows.scalars())


async def escalate_overdue(session: AsyncSession, *, today: date, now: datetime) -> int:
    """Open warnings past their deadline go to the county (the first 6 digits of the region)."""
    result = await session.execute(
        update(Warning)
        .where(
            Warning.state.in_(OPEN_STATES),
            Warning.deadline_on < today,
            Warning.escalated_at.is_(None),
        )
        .values(escalated_at=now, escalated_to=func.substr(Warning.region_code, 1, 6))
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def mark_enrolled(
    session: AsyncSession,
    *,
    household_id: uuid.UUID,
    person_indexes: Sequence[str],
    household_keys: Sequence[str],
    now: datetime,
) -> int:
    """Confirmed warnings about this household (by id, key or member) led to an enrolment."""
    match = [Warning.household_id == household_id]
    if person_indexes:
        match.append(Warning.person_index.in_(list(person_indexes)))
    if household_keys:
        match.append(Warning.household_key.in_(list(household_keys)))
    result = await session.execute(
        update(Warning)
        .where(Warning.state == "confirmed", Warning.enrolled_at.is_(None), or_(*match))
        .values(enrolled_at=now)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def count_in(
    session: AsyncSession,
    column: Any,
    *,
    region_prefix: str,
    start: datetime,
    end: datetime,
    **eq: Any,
) -> int:
    stmt = (
        select(func.count())
        .select_from(Warning)
        .where(
            Warning.region_code.startswith(region_prefix),
            column >= start,
            column < end,
        )
    )
    for name, value in eq.items():
        stmt = stmt.where(getattr(Warning, name) == value)
    return int((await session.execute(stmt)).scalar_one())


async def raised_by_rule(
    session: AsyncSession, *, region_prefix: str, start: datetime, end: datetime
) -> dict[str, int]:
    rows = await session.execute(
        select(Warning.rule_code, func.count())
        .where(
            Warning.region_code.startswith(region_prefix),
            Warning.raised_at >= start,
            Warning.raised_at < end,
        )
        .group_by(Warning.rule_code)
    )
    return {code: int(n) for code, n in rows.all()}


async def visit_delays(
    session: AsyncSession, *, region_prefix: str, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    rows = await session.execute(
        select(Warning.raised_at, Warning.visit_started_at).where(
            Warning.region_code.startswith(region_prefix),
            Warning.visit_started_at >= start,
            Warning.visit_started_at < end,
        )
    )
    return [(a, b) for a, b in rows.all()]


async def open_by_severity(
    session: AsyncSession, *, overdue_before: date | None = None
) -> dict[str, float]:
    stmt = select(Warning.severity, func.count()).where(Warning.state.in_(OPEN_STATES))
    if overdue_before is not None:
        stmt = stmt.where(Warning.deadline_on < overdue_before)
    rows = await session.execute(stmt.group_by(Warning.severity))
    return {severity: float(n) for severity, n in rows.all()}
