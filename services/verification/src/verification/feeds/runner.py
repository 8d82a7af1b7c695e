"""Runs feed jobs in the background, one at a time, and resumes unfinished ones at startup."""

from __future__ import annotations

import asyncio
import contextlib
import uuid

import anyio
from fastapi import FastAPI

from verification.db import pii_cipher
from verification.feeds import repository, service
from verification.monitoring import hooks as monitoring_hooks


class FeedRunner:
    """Owns the job tasks of one process; a lock keeps merges from competing for the same rows."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.lock = asyncio.Lock()
        self.tasks: set[asyncio.Task[None]] = set()

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
        task.add_done_callback(self.tasks.discard)

    async def resume_unfinished(self) -> None:
        """A job left queued or running by a stopped process is run again from its spooled file.

        Only jobs whose file is on this process's spool are taken: replicas with their own disks
        do not run each other's jobs.
        """
        async with self.app.state.sessions() as session:
            jobs = await repository.unfinished_jobs(session)
        for job in jobs:
            if await anyio.Path(job.spool_path).exists():
                self.schedule(job.id)

    async def stop(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def start_runner(app: FastAPI) -> None:
    app.state.feed_runner = FeedRunner(app)
    await app.state.feed_runner.resume_unfinished()


async def stop_runner(app: FastAPI) -> None:
    await app.state.feed_runner.stop()
