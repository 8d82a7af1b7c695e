"""Runs feed jobs in the background, one at a time, and resumes unfinished ones at startup.

While a process holds jobs (queued behind its runner, or running) it renews their heartbeat; a job
nobody has renewed for `feed_orphan_after_s` lost its process, and with it the spooled upload
(each replica spools on its own disk): any replica then fails it, saying to send the feed again,
rather than leaving it "running" for good.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from datetime import timedelta

import anyio
from fastapi import FastAPI

from jiuzhu_kit.db import utcnow
from verification.db import pii_cipher
from verification.feeds import jobs, service
from verification.monitoring import hooks as monitoring_hooks

logger = logging.getLogger(__name__)


class FeedRunner:
    """Owns the job tasks of one process; a lock keeps merges from competing for the same rows."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.lock = asyncio.Lock()
        self.tasks: set[asyncio.Task[None]] = set()
        self.held: set[uuid.UUID] = set()  # jobs scheduled here and not finished
        self._watch: asyncio.Task[None] | None = None

    async def run(self, job_id: uuid.UUID) -> None:
        settings = self.app.state.settings
        async with self.lock:
            marks = await monitoring_hooks.before_feed_job(self.app)
            await service.run(
                engine=self.app.state.engine,
                sessions=self.app.state.sessions,
                job_id=job_id,
                pii_key=settings.pii_key,
                cipher=pii_cipher(),
                batch_rows=settings.feed_batch_rows,
            )
            # Incremental screening (增量筛查) of the people this feed touched, once it committed.
            await monitoring_hooks.after_feed_job(self.app, job_id, marks)

    def schedule(self, job_id: uuid.UUID) -> None:
        task = asyncio.create_task(self.run(job_id), name=f"feed-job-{job_id}")
        self.tasks.add(task)
        self.held.add(job_id)
        task.add_done_callback(self.tasks.discard)
        task.add_done_callback(lambda _: self.held.discard(job_id))

    def start_watching(self) -> None:
        self._watch = asyncio.create_task(self.watch(), name="feed-job-heartbeat")

    async def watch(self) -> None:
        """Renew the held jobs' heartbeat and fail orphaned jobs, every `feed_heartbeat_s`; a
        database that is unreachable meanwhile only delays both."""
        while True:
            try:
                await self.renew_and_sweep()
            except Exception:
                logger.exception("feed job heartbeat failed; trying again")
            await asyncio.sleep(self.app.state.settings.feed_heartbeat_s)

    async def renew_and_sweep(self) -> list[uuid.UUID]:
        """One round: returns the ids of the jobs failed as orphaned."""
        now, held = utcnow(), sorted(self.held)
        silent_since = now - timedelta(seconds=self.app.state.settings.feed_orphan_after_s)
        async with self.app.state.sessions() as session:
            await jobs.renew_heartbeats(session, held, now)
            orphaned = await jobs.fail_orphans(
                session, silent_since=silent_since, held=held, now=now
            )
            await session.commit()
        for job_id in orphaned:
            logger.warning("feed job %s failed: %s", job_id, jobs.ORPHANED)
        return orphaned

    async def resume_unfinished(self) -> None:
        """A job left queued or running by a stopped process is run again from its spooled file.

        Only jobs whose file is on this process's spool are taken: replicas with their own disks
        do not run each other's jobs.
        """
        async with self.app.state.sessions() as session:
            unfinished = await jobs.unfinished_jobs(session)
        for job in unfinished:
            if await anyio.Path(job.spool_path).exists():
                self.schedule(job.id)

    async def stop(self) -> None:
        tasks = [*self.tasks, *([self._watch] if self._watch is not None else [])]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def start_runner(app: FastAPI) -> None:
    runner = app.state.feed_runner = FeedRunner(app)
    await runner.resume_unfinished()
    runner.start_watching()


async def stop_runner(app: FastAPI) -> None:
    await app.state.feed_runner.stop()
