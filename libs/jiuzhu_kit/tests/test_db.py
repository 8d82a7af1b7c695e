"""The connection pool: no ping per checkout, yet a database restart never leaves it stuck."""

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.pool import QueuePool

from jiuzhu_kit.db import _refuse_closed_connection
from jiuzhu_kit.settings import ServiceSettings
from jiuzhu_kit.testing import (
    app_client,
    fresh_database,
    postgres_server_url,
    terminate_backends,
)
from tests.conftest import build

pytestmark = pytest.mark.skipif(
    postgres_server_url() is None, reason="the pool is only configured for PostgreSQL"
)


def _settings(url: str) -> ServiceSettings:
    return ServiceSettings(
        database_url=url, environment="test", outbox_relay_enabled=False, database_pool_size=7
    )


async def test_the_pool_is_sized_from_the_settings_and_does_not_pre_ping(tmp_path: Path) -> None:
    async with fresh_database("pool", tmp_path) as url:
        app = build(_settings(url))
        async with app_client(app):
            pool = app.state.engine.pool
            assert isinstance(pool, QueuePool) and pool.size() == 7
            assert not pool._pre_ping


async def test_the_service_recovers_after_its_connections_are_terminated(tmp_path: Path) -> None:
    async with fresh_database("restart", tmp_path) as url:
        app = build(_settings(url))
        async with app_client(app) as client:
            # Fill the pool with several idle connections.
            answers = await asyncio.gather(
                *(client.post("/notes", json={"text": f"n{i}", "count": 1}) for i in range(6))
            )
            assert all(a.status_code == 201 for a in answers)
            assert await terminate_backends(url) >= 1
            await asyncio.sleep(0.2)  # the server's goodbye reaches the idle sockets

            statuses = []
            for i in range(10):
                answer = await client.post("/notes", json={"text": f"after{i}", "count": 1})
                statuses.append(answer.status_code)
                if answer.status_code == 503:
                    assert answer.headers["retry-after"] == "1"
                    assert answer.headers["content-type"] == "application/problem+json"
            # At most the one request that held a dead connection fails, and it says to retry.
            assert statuses.count(201) >= 9 and set(statuses) <= {201, 503}

            # Dropped under a busy pool, without waiting: still at most one 503 per dead connection,
            # then everything works again (the pool was invalidated, not stuck).
            await terminate_backends(url)
            burst = await asyncio.gather(
                *(client.post("/notes", json={"text": f"b{i}", "count": 1}) for i in range(6)),
                return_exceptions=True,
            )
            assert all(getattr(b, "status_code", None) in (201, 503) for b in burst)
            later = await asyncio.gather(
                *(client.post("/notes", json={"text": f"c{i}", "count": 1}) for i in range(6))
            )
            assert [a.status_code for a in later] == [201] * 6
            ready = await client.get("/readyz")
            assert ready.status_code == 200


async def test_a_connection_lost_under_a_request_is_a_503_and_the_pool_recovers(
    tmp_path: Path,
) -> None:
    """Without the free closed-socket check (a race: the server's goodbye not yet read)."""
    async with fresh_database("lost", tmp_path) as url:
        app = build(_settings(url))
        async with app_client(app) as client:
            event.remove(app.state.engine.sync_engine, "checkout", _refuse_closed_connection)
            answers = await asyncio.gather(
                *(client.post("/notes", json={"text": f"n{i}", "count": 1}) for i in range(4))
            )
            assert all(a.status_code == 201 for a in answers)
            await terminate_backends(url)
            await asyncio.sleep(0.2)
            lost = await client.post("/notes", json={"text": "lost", "count": 1})
            assert lost.status_code == 503 and lost.headers["retry-after"] == "1"
            assert lost.json()["type"].endswith("/database-unavailable")
            # Disconnect detection invalidated the whole pool: every later request gets a new one.
            later = [
                (await client.post("/notes", json={"text": f"a{i}", "count": 1})).status_code
                for i in range(6)
            ]
            assert later == [201] * 6
            count = await client.get("/notes/count", params={"text": "lost"})
            assert count.json() == {"count": 0}  # nothing of the failed request was written
