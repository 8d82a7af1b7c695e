"""Business metrics of warnings, read from the database at scrape time: open and overdue by severity."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.db import utcnow
from jiuzhu_kit.metrics import BusinessMetrics
from verification.warnings import repository
from verification.warnings.clock import day_in_china


async def refresh_warning_metrics(session: AsyncSession, metrics: BusinessMetrics) -> None:
    metrics.set_by_label(
        "warnings_open",
        "Warnings not yet confirmed or dismissed, by severity",
        "severity",
        await repository.open_by_severity(session),
    )
    metrics.set_by_label(
        "warnings_overdue",
        "Open warnings past their visit deadline, by severity",
        "severity",
        await repository.open_by_severity(session, overdue_before=day_in_china(utcnow())),
    )
