"""Verification tests run against a freshly migrated database (SQLite, or PostgreSQL with TEST_POSTGRES_URL)."""

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from jiuzhu_kit.db import create_engine, session_factory
from jiuzhu_kit.testing import app_client, migrated_database
from tests.feed_helpers import service_app
from verification.db import OutboxEvent

SERVICE_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    async with migrated_database("verification", SERVICE_DIR, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="session")
async def client(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[httpx.AsyncClient]:
    # Small batches, so tests cross batch boundaries.
    app = service_app(database_url, tmp_path_factory.mktemp("spool"), feed_batch_rows=7)
    async with app_client(app) as c:
        yield c


@pytest.fixture(scope="session")
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(database_url)
    yield session_factory(engine)
    await engine.dispose()


OutboxReader = Callable[[str, str], Awaitable[list[dict[str, Any]]]]


@pytest.fixture
def outbox(sessions: async_sessionmaker[AsyncSession]) -> OutboxReader:
    """Payloads of one topic waiting in the outbox for one application (the relay is off here)."""

    async def read(topic: str, application_id: str) -> list[dict[str, Any]]:
        async with sessions() as session:
            rows = await session.execute(
                select(OutboxEvent)
                .where(OutboxEvent.topic == topic)  # type: ignore[arg-type]
                .order_by(OutboxEvent.created_at)
            )
            return [
                r.payload for r in rows.scalars() if r.payload["application_id"] == application_id
            ]

    return read
