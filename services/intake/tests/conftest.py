"""Intake tests run against a freshly migrated database (SQLite, or PostgreSQL with TEST_POSTGRES_URL).

Fixtures here build what most tests need: fresh people (valid resident IDs never used before), a
household declaration, an application, peers' events posted to /internal/events, and a look at
what intake queued in its outbox for its peers.
"""

import itertools
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from intake.clock import Clock, clock
from intake.db import OutboxEvent
from intake.main import build_app
from intake.settings import IntakeSettings
from jiuzhu_kit import resident_id
from jiuzhu_kit.db import create_engine
from jiuzhu_kit.testing import app_client, bearer, migrated_database

SERVICE_DIR = Path(__file__).resolve().parents[1]
CASEWORKER = bearer("caseworker", region="431028", subject="caseworker-anren")
REVIEWER = bearer("reviewer", region="431028", subject="reviewer-anren")
SERVICE = bearer("service", kind="service", subject="service:verification")
_people = itertools.count(1)


@pytest.fixture(scope="session")
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    async with migrated_database("intake", SERVICE_DIR, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="session")
async def client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = IntakeSettings(
        database_url=database_url, environment="test", outbox_relay_enabled=False
    )
    async with app_client(build_app(settings)) as c:
        yield c


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    eng = create_engine(database_url)
    yield eng
    await eng.dispose()


@pytest.fixture
def frozen_clock() -> Iterator[Clock]:
    """Intake's clock, put back to real time after the test."""
    yield clock
    clock.reset()


def new_person(born: date | None = None, area: str = "431028") -> str:
    n = next(_people)
    birth = born or date(1950, 1, 1) + timedelta(days=37 * n)
    return resident_id.make(area, birth, n % 1000)


@pytest.fixture
def person() -> Callable[..., str]:
    """A valid resident ID no other test has used."""
    return new_person


def declaration(ids: list[str], region: str = "431028206") -> dict[str, Any]:
    relations = ["head", "spouse", "child", "child", "parent"]
    return {
        "region_code": region,
        "address": "柏叶村 3 组",
        "registration": "rural",
        "members": [
            {"name": f"成员{i}", "id_number": n, "relation": relations[i]}
            for i, n in enumerate(ids)
        ],
    }


CONSENT = {"granted_by": "subject", "signer_name": "张开发", "share_with_charity": True}
NEEDS = [{"category": "rehabilitation", "text": "康复训练", "urgency": "high"}]


@pytest.fixture
def household_doc() -> Callable[..., dict[str, Any]]:
    def make(size: int = 2, region: str = "431028206") -> dict[str, Any]:
        return declaration([new_person() for _ in range(size)], region)

    return make


ApplyFn = Callable[..., Awaitable[dict[str, Any]]]


@pytest.fixture
def apply(client: httpx.AsyncClient) -> ApplyFn:
    """Submit an application (with a new household unless one is given) and return its body."""

    async def submit(
        kind: str = "minimum_living",
        *,
        household_id: str | None = None,
        region: str = "431028206",
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"kind": kind, "consent": CONSENT, "needs": NEEDS, **extra}
        if household_id:
            body["household_id"] = household_id
        else:
            body["household"] = declaration([new_person(), new_person()], region)
        response = await client.post("/v1/applications", json=body, headers=headers or CASEWORKER)
        assert response.status_code == 201, response.text
        return dict(response.json())

    return submit


EventFn = Callable[[str, dict[str, Any]], Awaitable[httpx.Response]]


@pytest.fixture
def send_event(client: httpx.AsyncClient) -> EventFn:
    """Post a peer's event to intake's inbox, as the relay of that peer would."""

    async def send(
        topic: str, payload: dict[str, Any], event_id: str | None = None
    ) -> httpx.Response:
        envelope = {
            "id": event_id or str(uuid.uuid4()),
            "topic": topic,
            "source": "verification",
            "occurred_at": "2026-11-28T00:00:00+00:00",
            "payload": payload,
        }
        response = await client.post("/internal/events", json=envelope, headers=SERVICE)
        assert response.status_code == 200, response.text
        return response

    return send  # type: ignore[return-value]


OutboxFn = Callable[..., Awaitable[list[dict[str, Any]]]]


@pytest.fixture
def outbox(engine: AsyncEngine) -> OutboxFn:
    """The payloads intake queued for its peers under `topic`, about one application if given."""

    async def queued(topic: str, application_id: str | None = None) -> list[dict[str, Any]]:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(OutboxEvent.payload, OutboxEvent.destination)  # type: ignore[call-overload]
                .where(OutboxEvent.topic == topic)
                .order_by(OutboxEvent.created_at)
            )
            found = [{**r.payload, "_to": r.destination} for r in rows]
        if application_id is None:
            return found
        return [p for p in found if p.get("application_id") == application_id]

    return queued
