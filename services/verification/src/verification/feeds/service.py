"""Feed rules: a partner uploads a file, a job ingests it; rows are checked by chunk, merged at once.

Bad rows never block good ones; the whole merge is one transaction, so a job that fails or crashes
leaves nothing half-written, and rerunning it (or re-sending the feed) adds no duplicates.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import anyio
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from jiuzhu_kit.auth import Principal
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.errors import Conflict, InvalidInput, NotFound, UnsupportedMediaType
from jiuzhu_kit.pii import FieldCipher
from verification.feeds import jobs, repository
from verification.feeds.checking import ChunkChecker
from verification.feeds.models import FeedJob, FeedRowError
from verification.feeds.reader import GZIP_MAGIC, FeedChunk, FeedUnreadable, read_feed
from verification.records.rows import RowValidator

logger = logging.getLogger(__name__)

_FORMATS_BY_TYPE = {
    "text/csv": "csv",
    "application/csv": "csv",
    "application/x-ndjson": "ndjson",
    "application/ndjson": "ndjson",
    "application/jsonl": "ndjson",
    "application/json-seq": "ndjson",
}
_PROGRESS_EVERY_ROWS = 50_000


def feed_format(content_type: str | None, requested: str | None) -> str:
    """The feed's format from `?format=` or the Content-Type (gzip bodies must name it)."""
    if requested is not None:
        if requested not in ("csv", "ndjson"):
            raise InvalidInput(
                f"format {requested!r} is not supported; use csv or ndjson",
                errors=[{"field": "format", "message": "must be csv or ndjson"}],
            )
        return requested
    ctype = (content_type or "").split(";")[0].strip().lower()
    found = _FORMATS_BY_TYPE.get(ctype)
    if found is None:
        raise UnsupportedMediaType(
            f"Send a feed as text/csv or application/x-ndjson (gzip allowed), or name it with "
            f"?format=csv|ndjson; got {ctype or 'no content type'!r}"
        )
    return found


async def submit(
    *,
    sessions: async_sessionmaker[AsyncSession],
    principal: Principal,
    body: AsyncIterator[bytes],
    format: str,
    spool_dir: Path,
) -> FeedJob:
    """Spool the upload to disk (flat memory) and record a queued job.

    A job is its own unit of work: it is committed here, before it runs or a restart resumes it.
    """
    job_id = uuid.uuid4()
    await anyio.Path(spool_dir).mkdir(parents=True, exist_ok=True)
    path = anyio.Path(spool_dir / f"{job_id}.feed")
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        async with await anyio.open_file(path, "wb") as spool:
            async for chunk in body:
                if not chunk:
                    continue
                if len(head) < 2:
                    head += chunk[:2]
                digest.update(chunk)
                size += len(chunk)
                await spool.write(chunk)
    except BaseException:
        await path.unlink(missing_ok=True)
        raise
    if size == 0:
        await path.unlink(missing_ok=True)
        raise InvalidInput(
            "The feed is empty", errors=[{"field": "body", "message": "no bytes were sent"}]
        )
    job = FeedJob(
        id=job_id,
        heartbeat_at=utcnow(),
        submitted_by=principal.subject,
        allowed_sources=sorted(principal.allowed_sources),
        format=format,
        compressed=head[:2] == GZIP_MAGIC,
        spool_path=str(path),
        size_bytes=size,
        sha256=digest.hexdigest(),
    )
    async with sessions() as session:
        session.add(job)
        await session.commit()
    return job


async def get_visible(session: AsyncSession, *, job_id: uuid.UUID, principal: Principal) -> FeedJob:
    """A partner sees its own jobs; admins and auditors see all; anyone else gets 404."""
    job = await jobs.get_job(session, job_id)
    if job is None or not (
        job.submitted_by == principal.subject or principal.has_any("admin", "auditor")
    ):
        raise NotFound(f"Feed job {job_id} does not exist or is not yours")
    return job


async def error_rows(
    session: AsyncSession, *, job_id: uuid.UUID, after_id: int, limit: int
) -> list[FeedRowError]:
    return await jobs.error_page(session, job_id, after_id=after_id, limit=limit)


async def run(
    *,
    engine: AsyncEngine,
    sessions: async_sessionmaker[AsyncSession],
    job_id: uuid.UUID,
    pii_key: str,
    cipher: FieldCipher,
    batch_rows: int,
) -> None:
    """Process one job from the start (a rerun first forgets the previous attempt's errors)."""
    async with sessions() as session:
        job = await jobs.get_job(session, job_id)
        if job is None or job.status in ("completed", "failed"):
            return
        job.status, job.started_at, job.attempts = "running", utcnow(), job.attempts + 1
        job.rows_read = job.rows_accepted = job.rows_rejected = 0
        await jobs.clear_errors(session, job_id)
        await session.commit()
        path = Path(job.spool_path)
        format, compressed, size = job.format, job.compressed, job.size_bytes
        validator = RowValidator(
            allowed_sources=frozenset(job.allowed_sources), pii_key=pii_key, cipher=cipher
        )
    counts = {"rows_read": 0, "rows_accepted": 0, "rows_rejected": 0}
    try:
        async with engine.connect() as conn, conn.begin():
            staging = repository.Staging(conn, job_id=job_id, now=utcnow())
            await staging.create()
            await staging.prepare(expected_rows=_expected_rows(size, compressed=compressed))
            checker = ChunkChecker(validator)
            batches = _batches(
                read_feed(path, format=format, compressed=compressed, batch_rows=batch_rows),
                checker=checker,
                counts=counts,
                encode=staging.encode_rows,
            )
            next_progress = _PROGRESS_EVERY_ROWS
            started, cpu_started = time.perf_counter(), time.process_time()
            # Reading and checking run in a worker thread while the previous batch is being
            # COPYed (and, in key order, inserted), so the database's work overlaps with ours.
            pending: asyncio.Task[None] | None = None
            waited = 0.0  # on the database, beyond our own reading and checking
            loop = asyncio.get_running_loop()
            # One worker thread for the whole job: its memory arenas are reused, not multiplied.
            reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="feed-reader")
            try:
                while True:
                    batch = await loop.run_in_executor(reader, next, batches, None)
                    if pending is not None:
                        checked = time.perf_counter()
                        await pending
                        pending = None
                        waited += time.perf_counter() - checked
                    if batch is None:
                        break
                    pending = asyncio.create_task(staging.add_batch(batch))
                    if counts["rows_read"] >= next_progress:
                        next_progress = counts["rows_read"] + _PROGRESS_EVERY_ROWS
                        await _progress(sessions, job_id, counts)
            finally:
                reader.shutdown(wait=False)
                if pending is not None:
                    with contextlib.suppress(Exception):
                        await pending
            merge_started = time.perf_counter()
            merged = await staging.merge()
            logger.info(
                "feed job %s: %d rows; reading, checking and staging %.2fs (of which waiting on"
                " the database %.2fs; process CPU %.2fs), merge %.2fs",
                job_id,
                counts["rows_read"],
                merge_started - started,
                waited,
                time.process_time() - cpu_started,
                time.perf_counter() - merge_started,
            )
            await conn.execute(
                update(FeedJob)
                .where(FeedJob.id == job_id)
                .values(status="completed", finished_at=utcnow(), **counts, **merged)
            )
    except FeedUnreadable as exc:
        await _fail(sessions, job_id, counts, exc.reason, (exc.line, exc.field, exc.reason))
        return
    except Exception as exc:
        logger.exception("feed job %s failed", job_id)
        await _fail(sessions, job_id, counts, f"the job failed: {type(exc).__name__}", None)
        return
    await anyio.Path(path).unlink(missing_ok=True)


def _batches(
    feed: Iterator[FeedChunk],
    *,
    checker: ChunkChecker,
    counts: dict[str, int],
    encode: Callable[..., bytes | None],
) -> Iterator[repository.StagingBatch]:
    """Checked chunks, each ready to stage (runs off the event loop)."""
    for chunk in feed:
        checked = checker.check(chunk)
        counts["rows_read"] += chunk.read
        counts["rows_accepted"] += checked.accepted
        counts["rows_rejected"] += checked.rejected
        in_order = checker.in_key_order
        yield repository.StagingBatch(
            checked.staged,
            checked.errors,
            checked.people,
            encode(checked.staged, direct=in_order),
            in_order,
            checker.people_once,
        )


def _expected_rows(size_bytes: int, *, compressed: bool) -> int:
    """A rough count of a feed's rows from its size (about 100 bytes a row, gzip about 6:1): it
    only decides whether rebuilding the person index after the job beats keeping it up."""
    return size_bytes * (6 if compressed else 1) // 100


async def _progress(
    sessions: async_sessionmaker[AsyncSession], job_id: uuid.UUID, counts: dict[str, int]
) -> None:
    async with sessions() as session:
        await jobs.set_progress(session, job_id, **counts)
        await session.commit()


async def _fail(
    sessions: async_sessionmaker[AsyncSession],
    job_id: uuid.UUID,
    counts: dict[str, int],
    reason: str,
    error: tuple[int, str, str] | None,
) -> None:
    async with sessions() as session:
        await jobs.set_progress(
            session,
            job_id,
            status="failed",
            failure=reason,
            finished_at=utcnow(),
            rows_accepted=0,
            rows_read=counts["rows_read"],
            rows_rejected=counts["rows_rejected"],
        )
        if error is not None:
            await jobs.add_errors(session, job_id, [error])
        await session.commit()


async def requeue(
    sessions: async_sessionmaker[AsyncSession], *, job_id: uuid.UUID, principal: Principal
) -> FeedJob:
    """A failed job goes back to the queue (committed at once) if its spooled file is still there."""
    async with sessions() as session:
        job = await get_visible(session, job_id=job_id, principal=principal)
        if job.status != "failed":
            raise Conflict(f"Feed job {job_id} is {job.status}; only a failed job can be rerun")
        if not await anyio.Path(job.spool_path).exists():
            raise Conflict(f"Feed job {job_id} no longer has its file; upload the feed again")
        job.status, job.failure, job.heartbeat_at = "queued", None, utcnow()
        await session.commit()
    return job
