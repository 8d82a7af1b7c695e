"""The cast of the cases: an admin signed in at the gateway, and intake's test clock when there is one."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import httpx
import pytest

from jiuzhu_kit.testing import bearer
from tests.cases.actors import Actors, expect
from tests.harness import Stack


@pytest.fixture
async def actors(stack: Stack, gateway: httpx.AsyncClient) -> AsyncIterator[Actors]:
    """Admin from env credentials against a deployed stack, else a development-key admin token."""
    advance = None

    async def move_clock(body: dict[str, object]) -> None:
        async with httpx.AsyncClient(base_url=stack.service_url("intake"), timeout=10) as intake:
            expect(await intake.post("/internal/clock", json=body, headers=bearer("admin")))

    if stack.controllable:

        async def advance_days(days: int) -> None:
            await move_clock({"advance_seconds": days * 86400})

        advance = advance_days
    username = os.environ.get("JIUZHU_ADMIN_USERNAME")
    if username:
        cast = await Actors.sign_in_admin(
            gateway,
            username=username,
            password=os.environ.get("JIUZHU_ADMIN_PASSWORD", ""),
            advance_days=advance,
        )
    else:
        token = bearer("admin")["Authorization"].split(" ", 1)[1]
        cast = await Actors.sign_in_admin(gateway, admin_token=token, advance_days=advance)
    yield cast
    if stack.controllable:
        # Only intake's clock moves: put it back so the next case's services agree on "now" again.
        await move_clock({"reset": True})


@pytest.fixture
def report() -> list[str]:
    """The story as the case tells it; shown by pytest when a case fails."""
    return []
