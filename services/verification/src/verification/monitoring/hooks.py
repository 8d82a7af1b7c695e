"""Incremental screening hooks: what the record and feed paths call after they write.

A single record is screened in the writer's transaction (its warning exists exactly when the record
does); a feed job is screened right after its merge commits, for the people whose records it changed
(found above the id marks taken before it ran, through primary keys).
"""

from __future__ import annotations

import logging
import time
import uuid

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from verification.monitoring import scope, service

logger = logging.getLogger(__name__)


async def after_record_written(session: AsyncSession, person_index: str) -> int:
    return await service.screen_people(session, person_indexes=[person_index])


async def before_feed_job(app: FastAPI) -> scope.FeedMarks:
    async with app.state.engine.connect() as conn:
        return await scope.feed_marks(conn)


async def after_feed_job(app: FastAPI, job_id: uuid.UUID, marks: scope.FeedMarks) -> int:
    """Screen the people a completed feed job touched (a failed job wrote nothing above the marks)."""
    started = time.perf_counter()
    try:
        async with app.state.sessions() as session:
            raised = await service.screen_people(session, since=marks)
            await session.commit()
    except Exception:
        # The records are in; a full screening will still find what this one missed.
        logger.exception("incremental screening after feed job %s failed", job_id)
        return 0
    logger.info(
        "feed job %s screened in %.2fs: %d warning(s)",
        job_id,
        time.perf_counter() - started,
        raised,
    )
    return raised
