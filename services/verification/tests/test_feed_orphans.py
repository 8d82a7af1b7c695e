"""A feed job whose process is gone, and its spooled upload with it, is failed by any replica."""

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from jiuzhu_kit.db import utcnow
from jiuzhu_kit.testing import app_client, bearer
from verification.feeds.models import FeedJob
from verification.main import build_app
from verification.settings import VerificationSettings

PARTNER = bearer("data_partner", subject="partner-orphans", sources=["banks"])


def _job(spool: Path, *, status: str, heartbeat_minutes_ago: float | None) -> FeedJob:
    at = utcnow()
    return FeedJob(
        id=uuid.uuid4(),
        submitted_by="partner-orphans",
        allowed_sources=["banks"],
        format="ndjson",
        spool_path=str(spool / f"{uuid.uuid4()}.feed"),  # on no disk here: another replica's
        size_bytes=10,
        sha256="0" * 64,
        status=status,
        created_at=at - timedelta(hours=1),
        heartbeat_at=None
        if heartbeat_minutes_ago is None
        else at - timedelta(minutes=heartbeat_minutes_ago),
    )


def _app(database_url: str, tmp_path: Path) -> FastAPI:
    """The service with jobs failed after 600 s of silence; its rounds after the first at
    startup are run by hand (the next would come in an hour)."""
    settings = VerificationSettings(
        database_url=database_url,
        environment="test",
        outbox_relay_enabled=False,
        feed_spool_dir=str(tmp_path / "spool"),
        feed_orphan_after_s=600,
        feed_heartbeat_s=3600,
    )
    return build_app(settings)


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
        await runner.renew_and_sweep()  # the round at startup may have done it already
        for job in (orphan, queued_orphan):
            seen = (await client.get(f"/v1/data-feeds/{job.id}", headers=PARTNER)).json()
            assert seen["status"] == "failed" and "send the feed again" in seen["failure"]
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
        assert alive.id not in await runner.renew_and_sweep()
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
        assert done.id not in await app.state.feed_runner.renew_and_sweep()
    async with sessions() as session:
        row = await session.get(FeedJob, done.id)
        assert row is not None and row.status == status and row.failure is None
