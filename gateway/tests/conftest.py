"""Gateway tests: a freshly migrated database (SQLite, or PostgreSQL with TEST_POSTGRES_URL) and
a stand-in service on a loopback port for intake, matching and charity; verification is down."""

import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import httpx
import pytest

from gateway.main import build_app
from gateway.settings import GatewaySettings
from jiuzhu_kit.testing import app_client, bearer, migrated_database

SERVICE_DIR = Path(__file__).resolve().parents[1]
# The stand-in service module sits beside this file; tests import it by name.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from standin import StandIn, free_port, stand_in_service  # noqa: E402

ADMIN = bearer("admin", subject="test-admin")


@pytest.fixture(scope="session")
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    async with migrated_database("gateway", SERVICE_DIR, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="session")
async def upstream() -> AsyncIterator[StandIn]:
    async with stand_in_service() as service:
        yield service


@pytest.fixture(scope="session")
def settings_for(database_url: str, upstream: StandIn) -> Callable[..., GatewaySettings]:
    down = f"http://127.0.0.1:{free_port()}"  # nothing listens there: a stopped service

    def make(**overrides: Any) -> GatewaySettings:
        values: dict[str, Any] = {
            "database_url": database_url,
            "environment": "test",
            "outbox_relay_enabled": False,
            "intake_url": upstream.url,
            "matching_url": upstream.url,
            "charity_url": upstream.url,
            "verification_url": down,
            "upstream_timeout_s": 0.5,
            "rate_limit_per_s": 1000.0,
            "rate_limit_burst": 1000,
            "lockout_threshold": 3,
            "log_json": False,
        }
        values.update(overrides)
        return GatewaySettings(**values)

    return make


@pytest.fixture(scope="session")
def gateway_with(
    settings_for: Callable[..., GatewaySettings],
) -> Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]:
    """A gateway app with some settings changed, run for the duration of an `async with`."""

    def start(**overrides: Any) -> AbstractAsyncContextManager[httpx.AsyncClient]:
        return app_client(build_app(settings_for(**overrides)))

    return start


@pytest.fixture(scope="session")
async def client(
    gateway_with: Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]],
) -> AsyncIterator[httpx.AsyncClient]:
    async with gateway_with() as c:
        yield c
