"""Charity tests run against a freshly migrated database (SQLite, or PostgreSQL with TEST_POSTGRES_URL).

The app's clock is a `FakeClock` the tests move forward: deadlines and periods are tested without sleeping.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from charity.main import build_app
from charity.settings import CharitySettings
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.testing import app_client, bearer, migrated_database

# Shared test data modules sit beside this file; tests import them by name.
sys.path.insert(0, str(Path(__file__).resolve().parent))

SERVICE_DIR = Path(__file__).resolve().parents[1]
ADMIN = bearer("admin")


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    async with migrated_database("charity", SERVICE_DIR, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="session")
def app(database_url: str) -> FastAPI:
    settings = CharitySettings(
        database_url=database_url,
        environment="test",
        outbox_relay_enabled=False,
        referral_sweep_interval_s=0,
    )
    return build_app(settings)


@pytest.fixture(scope="session")
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(app) as c:
        yield c


@pytest.fixture
def clock(app: FastAPI) -> Iterator[FakeClock]:
    fake = FakeClock(datetime(2026, 11, 28, 2, 0, tzinfo=UTC))
    app.state.clock = fake
    yield fake
    app.state.clock = utcnow


class Api:
    """Steps the tests repeat, all through the public API, each asserting it succeeded."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def ok(self, method: str, url: str, headers: dict[str, str], **kw: Any) -> Any:
        response = await self.client.request(method, url, headers=headers, **kw)
        assert response.status_code in (200, 201), f"{method} {url}: {response.text}"
        return response.json()

    async def organization(
        self, kind: str, region: str, served: list[str], name: str | None = None
    ) -> dict[str, Any]:
        body = {
            "name": name or f"{kind}-{uuid.uuid4().hex[:6]}",
            "kind": kind,
            "region_code": region,
            "regions_served": served,
        }
        return await self.ok("POST", "/v1/organizations", ADMIN, json=body)  # type: ignore[no-any-return]

    async def person(self, org_id: str, name: str, role: str, region: str) -> dict[str, Any]:
        body = {"name": name, "role": role, "region_code": region}
        return await self.ok("POST", f"/v1/organizations/{org_id}/people", ADMIN, json=body)  # type: ignore[no-any-return]

    async def resource(self, org_id: str, **fields: Any) -> dict[str, Any]:
        body = {
            "organization_id": org_id,
            "kind": "service",
            "name": f"resource-{uuid.uuid4().hex[:6]}",
            "category": "care",
            "benefit_kind": "care_visit",
        } | fields
        partner = bearer("charity_partner", organization_id=org_id)
        return await self.ok("POST", "/v1/resources", partner, json=body)  # type: ignore[no-any-return]

    async def household(
        self,
        region: str,
        *,
        members: list[dict[str, Any]] | None = None,
        needs: list[dict[str, Any]] | None = None,
        consent: bool = True,
        group: str | None = "dibao",
        circle: int | None = 2,
        applicant: str | None = None,
    ) -> dict[str, Any]:
        body = {
            "region_code": region,
            "circle": circle,
            "group": group,
            "consent_to_share": consent,
            "members": members or [{"name_masked": "曾某某", "age": 66, "sex": "male"}],
            "needs": needs or [{"category": "care", "text": "needs regular visits"}],
            "applicant_subject": applicant,
        }
        caseworker = bearer("caseworker", region=region[:6])
        return await self.ok(  # type: ignore[no-any-return]
            "PUT", f"/v1/referrals/households/{uuid.uuid4()}", caseworker, json=body
        )


@pytest.fixture
def api(client: httpx.AsyncClient) -> Api:
    return Api(client)
