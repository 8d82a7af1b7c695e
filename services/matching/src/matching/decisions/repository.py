"""Every query on decisions and plans."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from matching.decisions.models import Decision, Plan


async def get(session: AsyncSession, decision_id: uuid.UUID) -> Decision | None:
    return await session.get(Decision, decision_id)


async def plan_of(session: AsyncSession, decision_id: uuid.UUID) -> Plan | None:
    rows = await session.execute(select(Plan).where(Plan.decision_id == decision_id))
    return rows.scalars().first()


async def get_plan(session: AsyncSession, plan_id: uuid.UUID) -> Plan | None:
    return await session.get(Plan, plan_id)


async def find_for_application(
    session: AsyncSession, application_id: uuid.UUID, facts_hash: str
) -> Decision | None:
    rows = await session.execute(
        select(Decision).where(
            Decision.application_id == application_id, Decision.facts_hash == facts_hash
        )
    )
    return rows.scalars().first()


def _scoped(query: Any, model: Any, region_prefixes: Sequence[str] | None) -> Any:
    if region_prefixes is not None:
        query = query.where(or_(*(model.region_code.startswith(p) for p in region_prefixes)))
    return query


async def page(
    session: AsyncSession,
    *,
    region_prefixes: Sequence[str] | None,
    household_id: uuid.UUID | None,
    application_id: uuid.UUID | None,
    limit: int,
    offset: int,
) -> tuple[list[Decision], int]:
    query = _scoped(select(Decision), Decision, region_prefixes)
    if household_id is not None:
        query = query.where(Decision.household_id == household_id)
    if application_id is not None:
        query = query.where(Decision.application_id == application_id)
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = await session.execute(
        query.order_by(Decision.created_at.desc(), Decision.id).limit(limit).offset(offset)
    )
    return list(rows.scalars()), int(total)


async def plan_page(
    session: AsyncSession,
    *,
    region_prefixes: Sequence[str] | None,
    household_id: uuid.UUID | None,
    limit: int,
    offset: int,
) -> tuple[list[Plan], int]:
    query = _scoped(select(Plan), Plan, region_prefixes)
    if household_id is not None:
        query = query.where(Plan.household_id == household_id)
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = await session.execute(
        query.order_by(Plan.created_at.desc(), Plan.id).limit(limit).offset(offset)
    )
    return list(rows.scalars()), int(total)


async def facts_for_population(
    session: AsyncSession, *, region_prefixes: Sequence[str] | None, limit: int
) -> list[tuple[str, dict[str, Any], uuid.UUID | None]]:
    """(decision id, facts, household id) of stored decisions, newest first."""
    query = _scoped(
        select(Decision.id, Decision.facts, Decision.household_id), Decision, region_prefixes
    )
    rows = await session.execute(query.order_by(Decision.created_at.desc()).limit(limit))
    return [(str(r.id), r.facts, r.household_id) for r in rows]
