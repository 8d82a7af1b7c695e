"""Runs feed jobs in the background, one at a time, and reruns those whose process is gone.

While a process holds jobs (queued behind its runner, or running) it renews their heartbeat every
`feed_heartbeat_s`; a job nobody has renewed for `feed_takeover_after_s` lost its process. A process
that can read the job's spooled upload (the same replica restarted, or any replica on a spool
volume they share) claims it and reruns it from the file: one process only, as the claim is one
conditional update, at startup and at every round after. A job nobody could take over for
`feed_orphan_after_s` (its upload went with its process) is failed, saying to send the feed again,
rather than left "running" for good.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from datetime import timedelta
from typing import NamedTuple

import anyio
from fastapi import FastAPI

from jiuzhu_kit.db import utcnow
from verification.db import pii_cipher
from verification.feeds import jobs, service
from verification.monitoring import hooks as monitoring_hooks

logger = logging.getLogger(__name__)


class Sweep(NamedTuple):
    """What one round did with the silent jobs."""

    taken_over: list[uuid.UUID]  # claimed here, to rerun from their spooled file
    failed: list[uuid.UUID]  # their file is nowhere this process can read


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
        """Renew the held jobs' heartbeat and sweep the silent ones, every `feed_heartbeat_s`
        (the first round ran at startup); a database that is unreachable meanwhile only delays
        both."""
        while True:
            await asyncio.sleep(self.app.state.settings.feed_heartbeat_s)
            try:
                await self.renew_and_sweep()
            except Exception:
                logger.exception("feed job heartbeat failed; trying again")

    async def renew_and_sweep(self) -> Sweep:
        """One round: renew the jobs held here, take over the silent jobs whose spooled file this
        process can read, and fail those silent for longer that nobody could."""
        settings, now, held = self.app.state.settings, utcnow(), sorted(self.held)
        takeover_since = now - timedelta(seconds=settings.feed_takeover_after_s)
        orphan_since = now - timedelta(seconds=settings.feed_orphan_after_s)
        async with self.app.state.sessions() as session:
            await jobs.renew_heartbeats(session, held, now)
            silent = await jobs.silent_jobs(session, silent_since=takeover_since, held=held)
            await session.commit()
        readable: list[uuid.UUID] = []
        lost: list[uuid.UUID] = []
        for job in silent:
            (readable if await _readable(job.spool_path) else lost).append(job.id)
        async with self.app.state.sessions() as session:
            taken = await jobs.take_over(session, readable, silent_since=takeover_since, now=now)
            failed = await jobs.fail_orphans(session, lost, silent_since=orphan_since, now=now)
            await session.commit()
        for job_id in taken:
            logger.warning("feed job %s was silent: rerunning it here from its file", job_id)
            self.schedule(job_id)
        for job_id in failed:
            logger.warning("feed job %s failed: %s", job_id, jobs.ORPHANED)
        return Sweep(taken_over=taken, failed=failed)

    async def stop(self) -> None:
        tasks = [*self.tasks, *([self._watch] if self._watch is not None else [])]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def _readable(path: str) -> bool:
    """Whether this process can open a job's spooled file (its own, or on a shared spool)."""
    try:
        async with await anyio.open_file(path, "rb"):
            return True
    except OSError:
        return False


async def start_runner(app: FastAPI) -> None:
    runner = app.state.feed_runner = FeedRunner(app)
    # The first round before serving: the jobs a stopped process left (silent long enough that
    # their process cannot be alive) are claimed and rerun, or failed, before anything new.
    await runner.renew_and_sweep()
    runner.start_watching()


async def stop_runner(app: FastAPI) -> None:
    await app.state.feed_runner.stop()
