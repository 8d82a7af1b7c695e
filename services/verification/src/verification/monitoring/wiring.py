"""What monitoring and warnings add to the verification app: routers, event handlers, hooks, metrics."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import FastAPI

from jiuzhu_kit.db import utcnow
from verification.monitoring import handlers as _population_handlers  # noqa: F401  (registers)
from verification.monitoring.router import router as monitoring_router
from verification.warnings import service as warnings_service
from verification.warnings.metrics import refresh_warning_metrics
from verification.warnings.router import router as warnings_router

logger = logging.getLogger(__name__)

ESCALATION_INTERVAL_S = 300

routers = [monitoring_router, warnings_router]
metrics_refreshers = [refresh_warning_metrics]
non_json_paths = ("/v1/monitoring/rules",)


async def _escalate_periodically(app: FastAPI) -> None:
    """Overdue warnings go to the county without anyone asking (the endpoint does it on demand)."""
    while True:
        await asyncio.sleep(ESCALATION_INTERVAL_S)
        try:
            async with app.state.sessions() as session:
                escalated, _ = await warnings_service.escalate(session, now=utcnow())
                await session.commit()
            if escalated:
                logger.info("escalated %d overdue warning(s) to their counties", escalated)
        except Exception:
            logger.exception("escalating overdue warnings failed")


async def start_escalation(app: FastAPI) -> None:
    app.state.escalation_task = asyncio.create_task(
        _escalate_periodically(app), name="warning-escalation"
    )


async def stop_escalation(app: FastAPI) -> None:
    task = app.state.escalation_task
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


on_startup = [start_escalation]
on_shutdown = [stop_escalation]
