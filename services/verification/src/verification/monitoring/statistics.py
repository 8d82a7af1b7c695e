"""Monitoring statistics per region and period: the figures a province reports.

A period is a span of days in Asia/Shanghai; a warning counts where its event (raised, confirmed,
dismissed, enrolled, visit started) falls in it. Monitored people are counted as of now.
"""

from __future__ import annotations

import statistics as stats
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import InvalidInput, NotFound
from verification.monitoring import repository as population
from verification.monitoring.schemas import MonitoringStatistics
from verification.records.rows import SHANGHAI
from verification.warnings import repository as warnings
from verification.warnings.models import Warning


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=SHANGHAI).astimezone(UTC)


async def figures(
    session: AsyncSession, *, region: str, start: date, end: date, principal: Principal
) -> MonitoringStatistics:
    if not region.isdigit() or len(region) not in (2, 4, 6, 9, 12):
        raise InvalidInput(
            f"{region!r} is not a region code",
            errors=[{"field": "region", "message": "a 2, 4, 6, 9 or 12 digit region code"}],
        )
    if end < start:
        raise InvalidInput(
            "The period ends before it starts",
            errors=[{"field": "to", "message": "must not be before `from`"}],
        )
    if not principal.sees_region(region):
        raise NotFound(f"Region {region} is outside your scope")
    lo, hi = _start_of(start), _start_of(end + timedelta(days=1))
    span = {"region_prefix": region, "start": lo, "end": hi}
    delays = await warnings.visit_delays(session, **span)
    days = [(visited - raised).total_seconds() / 86400 for raised, visited in delays]
    return MonitoringStatistics(
        region=region,
        period_from=start,
        period_to=end,
        monitored_people=await population.count_people(session, region_prefix=region),
        warnings_raised=await warnings.count_in(session, Warning.raised_at, **span),
        warnings_confirmed=await warnings.count_in(
            session, Warning.concluded_at, state="confirmed", **span
        ),
        warnings_dismissed=await warnings.count_in(
            session, Warning.concluded_at, state="dismissed", **span
        ),
        enrolled_through_warnings=await warnings.count_in(session, Warning.enrolled_at, **span),
        median_days_to_visit=round(stats.median(days), 2) if days else None,
        by_rule=await warnings.raised_by_rule(session, **span),
    )
