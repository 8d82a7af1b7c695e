"""The feed jobs' own rows: their state and progress, their row errors, and the heartbeat that
tells a job whose process is gone (runner.py). The staging and merge of a job's rows are
repository.py's."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from verification.feeds.models import FeedJob, FeedRowError


async def get_job(session: AsyncSession, job_id: uuid.UUID) -> FeedJob | None:
    return await session.get(FeedJob, job_id)


async def unfinished_jobs(session: AsyncSession) -> list[FeedJob]:
    rows = await session.execute(
        select(FeedJob)
        .where(FeedJob.status.in_(("queued", "running")))
        .order_by(FeedJob.created_at)
    )
    return list(rows.scalars())


async def renew_heartbeats(
    session: AsyncSession, job_ids: Sequence[uuid.UUID], now: datetime
) -> None:
    if job_ids:
        await session.execute(
            update(FeedJob)
            .where(FeedJob.id.in_(job_ids), FeedJob.status.in_(("queued", "running")))
            .values(heartbeat_at=now)
        )


async def fail_orphans(
    session: AsyncSession, *, silent_since: datetime, held: Sequence[uuid.UUID], now: datetime
) -> list[uuid.UUID]:
    """Fail the unfinished jobs no process has renewed since `silent_since` (other than those
    this process holds); returns their ids."""
    last_sign = func.coalesce(FeedJob.heartbeat_at, FeedJob.started_at, FeedJob.created_at)
    orphaned = (
        update(FeedJob)
        .where(FeedJob.status.in_(("queued", "running")), last_sign < silent_since)
        .values(status="failed", failure=ORPHANED, finished_at=now)
        .returning(FeedJob.id)
    )
    if held:
        orphaned = orphaned.where(FeedJob.id.not_in(held))
    return list((await session.execute(orphaned)).scalars())


ORPHANED = (
    "the process that received this feed stopped before finishing it, and its spooled upload went"
    " with it; nothing of it was stored: send the feed again"
)


async def set_progress(session: AsyncSession, job_id: uuid.UUID, **values: Any) -> None:
    await session.execute(update(FeedJob).where(FeedJob.id == job_id).values(**values))


async def clear_errors(session: AsyncSession, job_id: uuid.UUID) -> None:
    await session.execute(delete(FeedRowError).where(FeedRowError.job_id == job_id))


async def add_errors(
    session: AsyncSession, job_id: uuid.UUID, errors: Sequence[tuple[int, str, str]]
) -> None:
    session.add_all(
        FeedRowError(job_id=job_id, line=line, field=f, reason=r) for line, f, r in errors
    )


async def error_page(
    session: AsyncSession, job_id: uuid.UUID, *, after_id: int, limit: int
) -> list[FeedRowError]:
    rows = await session.execute(
        select(FeedRowError)
        .where(FeedRowError.job_id == job_id, FeedRowError.id > after_id)
        .order_by(FeedRowError.id)
        .limit(limit)
    )
    return list(rows.scalars())
