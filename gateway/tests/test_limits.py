"""Per-client token buckets: a burst, then 429 with Retry-After; in memory or shared in Redis."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

import httpx
import pytest

from jiuzhu_kit.testing import bearer

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.mark.parametrize("store", ["memory", "redis"])
async def test_a_client_over_its_budget_gets_429_with_retry_after(
    gateway_with: Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]], store: str
) -> None:
    extra = (
        {"redis_url": REDIS_URL, "redis_key_prefix": f"test:{uuid.uuid4().hex}:"}
        if store == "redis"
        else {}
    )
    caller = bearer("caseworker", subject=f"busy-{uuid.uuid4().hex[:6]}", region="431028")
    neighbour = bearer("caseworker", subject=f"calm-{uuid.uuid4().hex[:6]}", region="431028")
    async with gateway_with(rate_limit_per_s=0.01, rate_limit_burst=3, **extra) as client:
        statuses = [
            (await client.get("/v1/policies", headers=caller)).status_code for _ in range(4)
        ]
        assert statuses == [200, 200, 200, 429]
        refused = await client.get("/v1/me", headers=caller)
        assert refused.status_code == 429
        assert refused.headers["content-type"] == "application/problem+json"
        assert int(refused.headers["retry-after"]) >= 1
        assert (await client.get("/v1/policies", headers=neighbour)).status_code == 200


async def test_two_replicas_share_one_budget_through_redis(
    gateway_with: Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]],
) -> None:
    shared = {"redis_url": REDIS_URL, "redis_key_prefix": f"test:{uuid.uuid4().hex}:"}
    caller = bearer("reviewer", subject=f"rep-{uuid.uuid4().hex[:6]}", region="431028")
    async with (
        gateway_with(rate_limit_per_s=0.01, rate_limit_burst=2, **shared) as first,
        gateway_with(rate_limit_per_s=0.01, rate_limit_burst=2, **shared) as second,
    ):
        assert (await first.get("/v1/policies", headers=caller)).status_code == 200
        assert (await second.get("/v1/policies", headers=caller)).status_code == 200
        assert (await first.get("/v1/policies", headers=caller)).status_code == 429
        assert (await second.get("/v1/policies", headers=caller)).status_code == 429
