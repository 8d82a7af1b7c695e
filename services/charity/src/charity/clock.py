"""The service's notion of "now": injectable, so expiry and periods are tested without sleeping."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from fastapi import Depends, Request

from jiuzhu_kit.db import utcnow

SHANGHAI = ZoneInfo("Asia/Shanghai")
PeriodUnit = Literal["week", "month", "year"]
Clock = Callable[[], datetime]


def current_clock(request: Request) -> Clock:
    """The app's clock (`app.state.clock`, default the system's UTC time)."""
    clock: Clock = getattr(request.app.state, "clock", utcnow)
    return clock


ClockDep = Annotated[Clock, Depends(current_clock)]


def local_date(moment: datetime) -> date:
    """The calendar date in Asia/Shanghai, where periods and deadlines are counted."""
    return moment.astimezone(SHANGHAI).date()


def period_key(moment: datetime | date, unit: PeriodUnit) -> str:
    """The period a moment falls in, in Asia/Shanghai: `2026-11`, `2026-W48` or `2026`."""
    day = local_date(moment) if isinstance(moment, datetime) else moment
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return f"{day.year:04d}"


def step(day: date, unit: Literal["week", "month"], n: int) -> date:
    """`day` moved forward by n weeks or n calendar months (clamped to the month's last day)."""
    if unit == "week":
        return day + timedelta(weeks=n)
    month0 = day.month - 1 + n
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(f"cannot move {day} by {n} months")
