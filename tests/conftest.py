"""Cross-service tests: the five processes of the suite, started once for the session."""

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.harness import Stack, drop_databases, start_stack


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "process_control: stops and starts services; only on the local process harness"
    )


@pytest.fixture(scope="session")
async def stack(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stack]:
    running = await start_stack(tmp_path_factory.mktemp("stack"))
    try:
        yield running
    finally:
        running.shutdown()
        await drop_databases(running)


@pytest.fixture(scope="session")
async def gateway(stack: Stack) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=30) as client:
        yield client


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    import os

    if not os.environ.get("JIUZHU_GATEWAY_URL"):
        return
    # A deployed stack is not ours to stop and start: those tests run only on the local harness.
    kept = [i for i in items if i.get_closest_marker("process_control") is None]
    dropped = [i for i in items if i.get_closest_marker("process_control") is not None]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
