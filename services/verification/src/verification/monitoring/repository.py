"""Every query of monitoring: the population, rule versions, screening jobs and the figures."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from verification.monitoring.models import (
    MonitoredHousehold,
    MonitoredPerson,
    MonitoringRuleVersion,
    ScreeningJob,
)


def _insert(session: AsyncSession, table: Any) -> Any:
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


async def upsert_households(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    stmt = _insert(session, MonitoredHousehold)
    keep = ("household_key",)
    changed = {c: stmt.excluded[c] for c in rows[0] if c not in keep}
    await session.execute(stmt.on_conflict_do_update(index_elements=keep, set_=changed), rows)


async def upsert_people(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    stmt = _insert(session, MonitoredPerson)
    changed = {c: stmt.excluded[c] for c in rows[0] if c != "person_index"}
    await session.execute(
        stmt.on_conflict_do_update(index_elements=["person_index"], set_=changed), rows
    )


async def household(session: AsyncSession, household_key: str) -> MonitoredHousehold | None:
    return await session.get(MonitoredHousehold, household_key)


async def household_by_id(
    session: AsyncSession, household_id: uuid.UUID
) -> MonitoredHousehold | None:
    rows = await session.execute(
        select(MonitoredHousehold).where(MonitoredHousehold.household_id == household_id)
    )
    return rows.scalars().first()


async def members(session: AsyncSession, household_key: str) -> list[MonitoredPerson]:
    rows = await session.execute(
        select(MonitoredPerson)
        .where(MonitoredPerson.household_key == household_key)
        .order_by(MonitoredPerson.person_index)
    )
    return list(rows.scalars())


async def people(session: AsyncSession, indexes: Sequence[str]) -> list[MonitoredPerson]:
    if not indexes:
        return []
    rows = await session.execute(
        select(MonitoredPerson).where(MonitoredPerson.person_index.in_(list(indexes)))
    )
    return list(rows.scalars())


async def latest_rule_version(session: AsyncSession) -> MonitoringRuleVersion | None:
    rows = await session.execute(
        select(MonitoringRuleVersion).order_by(MonitoringRuleVersion.version.desc()).limit(1)
    )
    return rows.scalars().first()


async def rule_version(session: AsyncSession, version: int) -> MonitoringRuleVersion | None:
    return await session.get(MonitoringRuleVersion, version)


async def get_job(session: AsyncSession, job_id: uuid.UUID) -> ScreeningJob | None:
    return await session.get(ScreeningJob, job_id)


async def set_job(session: AsyncSession, job_id: uuid.UUID, **values: Any) -> None:
    await session.execute(update(ScreeningJob).where(ScreeningJob.id == job_id).values(**values))


async def count_people(session: AsyncSession, *, region_prefix: str) -> int:
    total = await session.execute(
        select(func.count())
        .select_from(MonitoredPerson)
        .join(MonitoredHousehold, MonitoredHousehold.household_key == MonitoredPerson.household_key)
        .where(MonitoredHousehold.region_code.startswith(region_prefix))
    )
    return int(total.scalar_one())


async def households_with_members(session: AsyncSession, indexes: Sequence[str]) -> list[str]:
    """Keys of monitored households any of these people belongs to."""
    if not indexes:
        return []
    rows = await session.execute(
        select(MonitoredPerson.household_key)
        .where(MonitoredPerson.person_index.in_(list(indexes)))
        .distinct()
    )
    return list(rows.scalars())
