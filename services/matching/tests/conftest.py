"""Matching tests run against a freshly migrated database (SQLite, or PostgreSQL with TEST_POSTGRES_URL)."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from jiuzhu_kit.testing import app_client, migrated_database
from matching.main import build_app
from matching.settings import MatchingSettings

SERVICE_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    async with migrated_database("matching", SERVICE_DIR, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="session")
async def client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = MatchingSettings(
        database_url=database_url, environment="test", outbox_relay_enabled=False
    )
    async with app_client(build_app(settings)) as c:
        yield c
