"""A feed job whose process is gone is taken over by a replica that can read its spooled upload,
or failed by any replica when the upload went with its process."""

import asyncio
import json
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from jiuzhu_kit import resident_id
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.testing import app_client, bearer
from tests.feed_helpers import service_app
from verification.feeds import jobs
from verification.feeds.models import FeedJob

PARTNER = bearer("data_partner", subject="partner-orphans", sources=["banks"])
ADMIN = bearer("admin")
FEED_ROWS = 6


def _feed() -> tuple[str, bytes]:
    """A person and a feed of FEED_ROWS deposits of theirs."""
    n = uuid.uuid4().int
    who = resident_id.make("430211", date(1950 + n % 50, 1 + n % 12, 1 + n % 28), n % 997)
    rows = (
        {
            "source": "banks",
            "source_record_id": f"{n}-{i}",
            "id_number": who,
            "kind": "asset",
            "type": "deposit",
            "amount_yuan": "100.00",
            "date": "2026-02-01",
        }
        for i in range(FEED_ROWS)
    )
    return who, "".join(json.dumps(r) + "\n" for r in rows).encode()


def _job(
    spool: Path, *, status: str, heartbeat_minutes_ago: float | None, feed: bytes | None = None
) -> FeedJob:
    """A job as its process left it; its spooled `feed` is readable here, or with none given the
    file is on no disk here (another replica's)."""
    at = utcnow()
    path = spool / f"{uuid.uuid4()}.feed"
    if feed is not None:
        path.write_bytes(feed)
    return FeedJob(
        id=uuid.uuid4(),
        submitted_by="partner-orphans",
        allowed_sources=["banks"],
        format="ndjson",
        spool_path=str(path),
        size_bytes=len(feed or b"0" * 10),
        sha256="0" * 64,
        status=status,
        attempts=1 if status == "running" else 0,
        created_at=at - timedelta(hours=1),
        heartbeat_at=None
        if heartbeat_minutes_ago is None
        else at - timedelta(minutes=heartbeat_minutes_ago),
    )


def _app(database_url: str, tmp_path: Path) -> FastAPI:
    """The service with jobs taken over after 120 s of silence, or failed after 600 s; its rounds
    after the first at startup are run by hand (the next would come in an hour)."""
    return service_app(
        database_url,
        tmp_path / "spool",
        feed_takeover_after_s=120,
        feed_orphan_after_s=600,
        feed_heartbeat_s=3600,
    )


async def test_a_job_nobody_renews_is_failed_and_the_others_are_left_alone(
    database_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    orphan = _job(tmp_path, status="running", heartbeat_minutes_ago=11)
    queued_orphan = _job(tmp_path, status="queued", heartbeat_minutes_ago=None)  # before upgrade
    alive = _job(tmp_path, status="running", heartbeat_minutes_ago=1)
    async with sessions() as session:
        session.add_all([orphan, queued_orphan, alive])
        await session.commit()
    app = _app(database_url, tmp_path)
    async with app_client(app) as client:
        runner = app.state.feed_runner
        await runner.renew_and_sweep()  # the round at startup did it already
        for job in (orphan, queued_orphan):
            seen = (await client.get(f"/v1/data-feeds/{job.id}", headers=PARTNER)).json()
            assert seen["status"] == "failed" and seen["failure"] == jobs.ORPHANED
            assert seen["finished_at"] is not None
        still = (await client.get(f"/v1/data-feeds/{alive.id}", headers=PARTNER)).json()
        assert still["status"] == "running"
        # A job this process holds is renewed, not failed, however old its last sign.
        runner.held.add(alive.id)
        async with sessions() as session:
            row = await session.get(FeedJob, alive.id)
            assert row is not None
            row.heartbeat_at = utcnow() - timedelta(hours=2)
            await session.commit()
        sweep = await runner.renew_and_sweep()
        assert alive.id not in sweep.failed + sweep.taken_over
        async with sessions() as session:
            row = await session.get(FeedJob, alive.id)
            assert row is not None and row.status == "running"
            assert row.heartbeat_at is not None
            assert row.heartbeat_at > utcnow() - timedelta(minutes=1)
        runner.held.discard(alive.id)


@pytest.mark.parametrize("status", ["completed", "failed"])
async def test_finished_jobs_are_never_touched(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    status: str,
) -> None:
    done = _job(tmp_path, status=status, heartbeat_minutes_ago=600)
    async with sessions() as session:
        session.add(done)
        await session.commit()
    app = _app(database_url, tmp_path)
    async with app_client(app):
        sweep = await app.state.feed_runner.renew_and_sweep()
        assert done.id not in sweep.failed + sweep.taken_over
    async with sessions() as session:
        row = await session.get(FeedJob, done.id)
        assert row is not None and row.status == status and row.failure is None


async def _add(sessions: async_sessionmaker[AsyncSession], job: FeedJob) -> None:
    async with sessions() as session:
        session.add(job)
        await session.commit()


async def _stored_once(client: httpx.AsyncClient, job: FeedJob, who: str) -> None:
    """The job completed on its rerun and its person has each of the feed's records once."""
    seen = (await client.get(f"/v1/data-feeds/{job.id}", headers=PARTNER)).json()
    assert (seen["status"], seen["attempts"], seen["failure"]) == ("completed", 2, None)
    assert seen["records_created"] == FEED_ROWS
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    keys = [r["source_record_id"] for r in found.json()]
    assert len(keys) == len(set(keys)) == FEED_ROWS


async def test_a_silent_job_whose_file_this_replica_reads_is_taken_over_and_stored_once(
    database_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    who, feed = _feed()
    app = _app(database_url, tmp_path)
    async with app_client(app) as client:
        runner = app.state.feed_runner
        # Left after this process started (its first round is done): on a shared spool, the job
        # of a replica gone three minutes ago. Another's file this replica cannot read is left
        # for now: it is failed only after feed_orphan_after_s.
        silent = _job(tmp_path, status="running", heartbeat_minutes_ago=3, feed=feed)
        elsewhere = _job(tmp_path, status="running", heartbeat_minutes_ago=3)
        await _add(sessions, silent)
        await _add(sessions, elsewhere)
        sweep = await runner.renew_and_sweep()
        assert (sweep.taken_over, sweep.failed) == ([silent.id], [])
        async with sessions() as session:
            left = await session.get(FeedJob, elsewhere.id)
            assert left is not None and (left.status, left.failure) == ("running", None)
        await asyncio.gather(*runner.tasks)
        await _stored_once(client, silent, who)
        assert silent.id not in (await runner.renew_and_sweep()).taken_over


async def test_two_replicas_sweeping_the_same_silent_job_run_it_once(
    database_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    who, feed = _feed()
    first, second = _app(database_url, tmp_path), _app(database_url, tmp_path)  # one spool
    async with app_client(first) as client, app_client(second):
        silent = _job(tmp_path, status="running", heartbeat_minutes_ago=11, feed=feed)
        await _add(sessions, silent)
        runners = [first.state.feed_runner, second.state.feed_runner]
        sweeps = await asyncio.gather(*(runner.renew_and_sweep() for runner in runners))
        taken = [sweep.taken_over for sweep in sweeps]
        assert sorted(taken) == [[], [silent.id]]
        assert all(sweep.failed == [] for sweep in sweeps)
        await asyncio.gather(*(task for runner in runners for task in runner.tasks))
        await _stored_once(client, silent, who)


async def test_a_recent_job_is_left_to_its_process_even_with_its_file_here(
    database_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    """Renewed 90 s ago, with its file on the shared spool: its process may well be running it.
    Neither a round of a running replica nor a replica starting takes it."""
    _, feed = _feed()
    app = _app(database_url, tmp_path)
    async with app_client(app):
        runner = app.state.feed_runner
        recent = _job(tmp_path, status="running", heartbeat_minutes_ago=1.5, feed=feed)
        await _add(sessions, recent)
        assert await runner.renew_and_sweep() == ([], [])
        assert recent.id not in runner.held
        starting = _app(database_url, tmp_path)
        async with app_client(starting):
            assert recent.id not in starting.state.feed_runner.held
        async with sessions() as session:
            row = await session.get(FeedJob, recent.id)
            assert row is not None
            assert (row.status, row.attempts, row.heartbeat_at) == (
                "running",
                1,
                recent.heartbeat_at,
            )
