"""Runs full screenings (全量筛查) as jobs: queued → running (rules_total known) → completed.

A job's rows are committed here (a job is its own unit of work, like a feed job). The screening
itself is one set-based statement, so `rules_done` goes from 0 to `rules_total` when it commits.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from jiuzhu_kit.auth import Principal
from jiuzhu_kit.db import utcnow
from verification.monitoring import repository, rules, service
from verification.monitoring.models import ScreeningJob

logger = logging.getLogger(__name__)


async def submit(
    sessions: async_sessionmaker[AsyncSession], *, as_of: date | None, principal: Principal
) -> ScreeningJob:
    async with sessions() as session:
        job = await service.request_screening(
            session,
            as_of=as_of,
            principal=principal,
        )
        await session.commit()
    return job


async def run(
    *, engine: AsyncEngine, sessions: async_sessionmaker[AsyncSession], job_id: uuid.UUID
) -> None:
    async with sessions() as session:
        job = await repository.get_job(session, job_id)
        if job is None or job.status != "queued":
            return
        version, rule_list, _ = await service.rules_in_force(session)
        active = rules.in_force(rule_list, job.as_of)
        as_of = job.as_of
        await repository.set_job(
            session,
            job_id,
            status="running",
            started_at=utcnow(),
            rule_version=version,
            rules_total=len(active),
        )
        await session.commit()
    try:
        # One statement, one transaction: the warnings of a screening appear together.
        async with engine.begin() as conn:
            raised = await service.screen(conn, version=version, rule_list=active, as_of=as_of)
            await conn.execute(
                update(ScreeningJob)
                .where(ScreeningJob.id == job_id)
                .values(rules_done=len(active), warnings_raised=raised)
            )
    except Exception as exc:
        logger.exception("screening job %s failed", job_id)
        async with sessions() as session:
            await repository.set_job(
                session, job_id, status="failed", failure=type(exc).__name__, finished_at=utcnow()
            )
            await session.commit()
        return
    async with sessions() as session:
        await repository.set_job(session, job_id, status="completed", finished_at=utcnow())
        await session.commit()
