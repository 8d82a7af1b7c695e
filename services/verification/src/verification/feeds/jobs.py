"""The feed jobs' own rows: their state and progress, their row errors, and the heartbeat that
tells a job whose process is gone (runner.py). The staging and merge of a job's rows are
repository.py's."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from verification.feeds.models import FeedJob, FeedRowError

UNFINISHED = ("queued", "running")


async def get_job(session: AsyncSession, job_id: uuid.UUID) -> FeedJob | None:
    return await session.get(FeedJob, job_id)


async def renew_heartbeats(
    session: AsyncSession, job_ids: Sequence[uuid.UUID], now: datetime
) -> None:
    if job_ids:
        await session.execute(
            update(FeedJob)
            .where(FeedJob.id.in_(job_ids), FeedJob.status.in_(UNFINISHED))
            .values(heartbeat_at=now)
        )


def _silent(since: datetime) -> ColumnElement[bool]:
    """An unfinished job no process has renewed since `since` (before heartbeats existed, its
    start or creation counts)."""
    last_sign = func.coalesce(FeedJob.heartbeat_at, FeedJob.started_at, FeedJob.created_at)
    return and_(FeedJob.status.in_(UNFINISHED), last_sign < since)


async def silent_jobs(
    session: AsyncSession, *, silent_since: datetime, held: Sequence[uuid.UUID]
) -> list[FeedJob]:
    """The unfinished jobs no process has renewed since `silent_since`, other than those this
    process holds."""
    query = select(FeedJob).where(_silent(silent_since)).order_by(FeedJob.created_at)
    if held:
        query = query.where(FeedJob.id.not_in(held))
    return list((await session.execute(query)).scalars())


async def take_over(
    session: AsyncSession, job_ids: Sequence[uuid.UUID], *, silent_since: datetime, now: datetime
) -> list[uuid.UUID]:
    """Claim those of `job_ids` still silent, to rerun them here (queued again, renewed now);
    returns the ids claimed. The update re-checks the silence, so of replicas racing for a job
    only the first gets it: the others find it renewed."""
    return await _update_silent(session, job_ids, silent_since, status="queued", heartbeat_at=now)


ORPHANED = (
    "the process that received this feed stopped before finishing it, and its spooled upload could"
    " not be found to run it again; nothing of it was stored: send the feed again"
)


async def fail_orphans(
    session: AsyncSession, job_ids: Sequence[uuid.UUID], *, silent_since: datetime, now: datetime
) -> list[uuid.UUID]:
    """Fail those of `job_ids` still silent (no file to rerun them from); returns their ids."""
    return await _update_silent(
        session, job_ids, silent_since, status="failed", failure=ORPHANED, finished_at=now
    )


async def _update_silent(
    session: AsyncSession, job_ids: Sequence[uuid.UUID], silent_since: datetime, **values: Any
) -> list[uuid.UUID]:
    if not job_ids:
        return []
    rows = await session.execute(
        update(FeedJob)
        .where(FeedJob.id.in_(job_ids), _silent(silent_since))
        .values(**values)
        .returning(FeedJob.id)
    )
    return list(rows.scalars())


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
