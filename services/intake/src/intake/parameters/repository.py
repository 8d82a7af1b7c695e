"""Every query on regional parameters."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from intake.parameters.models import RegionalParameter

# Built once: every submission asks it, and building the statement cost more than running it.
_EFFECTIVE = (
    select(RegionalParameter)
    .where(
        RegionalParameter.region_prefix.in_(bindparam("prefixes", expanding=True)),
        RegionalParameter.effective_from <= bindparam("on"),
    )
    .order_by(
        func.length(RegionalParameter.region_prefix).desc(),
        RegionalParameter.effective_from.desc(),
        RegionalParameter.created_at.desc(),
    )
    .limit(1)
)


async def effective(session: AsyncSession, region_code: str, on: date) -> RegionalParameter | None:
    """The row for the longest prefix of `region_code` in force on `on` (latest date wins)."""
    prefixes = [region_code[:n] for n in range(2, len(region_code) + 1)]
    rows = await session.execute(_EFFECTIVE, {"prefixes": prefixes, "on": on})
    return rows.scalars().first()


async def within(session: AsyncSession, scope: str) -> list[RegionalParameter]:
    query = select(RegionalParameter)
    if scope:
        query = query.where(RegionalParameter.region_prefix.startswith(scope))
    rows = await session.execute(
        query.order_by(RegionalParameter.region_prefix, RegionalParameter.effective_from)
    )
    return list(rows.scalars())
