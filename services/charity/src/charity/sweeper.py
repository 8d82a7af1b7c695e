"""Background expiry of referrals nobody answered in time (the same rule as POST …/expire-overdue)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import FastAPI

from charity.referrals import service as referral_service
from jiuzhu_kit.db import utcnow

logger = logging.getLogger(__name__)


async def sweep_once(app: FastAPI) -> int:
    clock = getattr(app.state, "clock", utcnow)
    async with app.state.sessions() as session:
        expired = await referral_service.expire_overdue(session, now=clock())
        await session.commit()
    return len(expired)


async def _loop(app: FastAPI, interval_s: float) -> None:
    while True:
        try:
            if n := await sweep_once(app):
                logger.info("expired %d unanswered referral(s)", n)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("referral expiry sweep failed; retrying")
        await asyncio.sleep(interval_s)


async def start(app: FastAPI) -> None:
    interval = app.state.settings.referral_sweep_interval_s
    if interval > 0:
        app.state.referral_sweeper = asyncio.create_task(
            _loop(app, interval), name="referral-sweeper"
        )


async def stop(app: FastAPI) -> None:
    task = getattr(app.state, "referral_sweeper", None)
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
