"""Delivery confirmation codes cannot be guessed: five wrong codes lock an order's confirmation,
counted in the database (exactly, under concurrency), until the buyer's side re-issues a code."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from lovelist_data import CASEWORKER, JIEKOU, SEVERELY_DISABLED, partner, product_body

from jiuzhu_kit.testing import bearer


class Door:
    """One order out for delivery: the caseworker placed it (and sees its code), a runner has it."""

    def __init__(self, client: httpx.AsyncClient, order: dict[str, Any], team: dict[str, Any]):
        self.client, self.order, self.team = client, order, team
        self.supplier: dict[str, Any] = {}

    @property
    def code(self) -> str:
        return str(self.order["confirmation_code"])

    def wrong(self, n: int = 0) -> str:
        """A code that is not the order's: the right one shifted by 1 + n."""
        return f"{(int(self.code) + 1 + n) % 1_000_000:06d}"

    async def enter(self, code: str) -> httpx.Response:
        return await self.client.post(
            f"/v1/deliveries/{self.order['delivery']['id']}/confirm",
            json={"confirmation_code": code},
            headers=partner(self.team),
        )

    async def reissue(self, headers: dict[str, str]) -> httpx.Response:
        return await self.client.post(
            f"/v1/orders/{self.order['id']}/confirmation-code", headers=headers
        )

    async def view(self) -> dict[str, Any]:
        response = await self.client.get(f"/v1/orders/{self.order['id']}", headers=CASEWORKER)
        assert response.status_code == 200, response.text
        view: dict[str, Any] = response.json()
        return view


async def _out_for_delivery(client: httpx.AsyncClient, api: Any) -> Door:
    supermarket = await api.organization("supermarket", JIEKOU, ["440117"])
    team = await api.organization("volunteer_team", JIEKOU, ["440117"])
    runner = await api.person(team["id"], "跑腿帮小王", "errand_runner", JIEKOU)
    product = await api.ok(
        "POST",
        "/v1/love-list/products",
        partner(supermarket),
        json=product_body(supermarket),
    )
    household = await api.household(JIEKOU, members=SEVERELY_DISABLED, group=None)
    order = await api.ok(
        "POST",
        "/v1/orders",
        CASEWORKER,
        json={"household_id": household["household_id"], "product_id": product["id"]}
        | {"quantity": 1},
    )
    delivery = order["delivery"]["id"]
    await api.ok("POST", f"/v1/deliveries/{delivery}/at-station", partner(supermarket))
    await api.ok(
        "POST",
        f"/v1/deliveries/{delivery}/assign",
        partner(team),
        json={"runner_person_id": runner["id"]},
    )
    door = Door(client, order, team)
    door.supplier = supermarket
    return door


def _is(response: httpx.Response, status: int, slug: str) -> bool:
    return response.status_code == status and response.json()["type"].endswith("/" + slug)


async def test_five_wrong_codes_lock_the_confirmation_even_for_the_right_code(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    door = await _out_for_delivery(client, api)
    for n, left in enumerate((4, 3, 2, 1, 0)):
        wrong = await door.enter(door.wrong(n))
        assert _is(wrong, 422, "confirmation-code-mismatch"), wrong.text
        assert wrong.json()["attempts_remaining"] == left
        assert wrong.json()["errors"][0]["field"] == "confirmation_code"
    assert "locked" in wrong.json()["detail"], "the last attempt says what happens next"
    sixth = await door.enter(door.wrong(5))
    assert _is(sixth, 409, "confirmation-locked"), sixth.text
    right = await door.enter(door.code)
    assert _is(right, 409, "confirmation-locked"), "the right code is refused while locked"
    problem = right.json()
    assert problem["title"] == "Delivery confirmation locked"
    assert f"/v1/orders/{door.order['id']}/confirmation-code" in problem["detail"]
    order = await door.view()
    assert order["status"] == "out_for_delivery"
    assert order["confirmation_locked_at"] is not None
    assert order["delivery"]["delivered_at"] is None


async def test_a_reissued_code_lifts_the_lock_and_voids_the_old_code(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    door = await _out_for_delivery(client, api)
    for n in range(5):
        assert (await door.enter(door.wrong(n))).status_code == 422
    old = door.code
    for not_buyer_side in (partner(door.team), partner(door.supplier)):
        refused = await door.reissue(not_buyer_side)
        assert refused.status_code in (403, 404), "the runner does not unlock its own guessing"
    other_town = await door.reissue(bearer("caseworker", region="440118", subject="cw-3"))
    assert other_town.status_code == 404
    reissued = await door.reissue(bearer("caseworker", region="440117", subject="cw-2"))
    assert reissued.status_code == 200, reissued.text
    new = reissued.json()["confirmation_code"]
    assert new is not None and new != old, "the caseworker who re-issues passes the code on"
    assert reissued.json()["confirmation_locked_at"] is None
    stale = await door.enter(old)
    assert _is(stale, 422, "confirmation-code-mismatch"), "the old code no longer works"
    assert stale.json()["attempts_remaining"] == 4, "the count starts again from zero"
    done = await door.enter(new)
    assert done.status_code == 200, done.text
    assert done.json()["stage"] == "delivered"
    after = await door.reissue(CASEWORKER)
    assert _is(after, 409, "transition-not-allowed"), "a delivered order needs no new code"


async def test_concurrent_wrong_codes_are_counted_exactly(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    """Twenty wrong codes at once (more than the connection pool holds): exactly five counted, the
    rest locked out."""
    door = await _out_for_delivery(client, api)
    responses = await asyncio.gather(*(door.enter(door.wrong(n)) for n in range(20)))
    counted = [r for r in responses if _is(r, 422, "confirmation-code-mismatch")]
    locked = [r for r in responses if _is(r, 409, "confirmation-locked")]
    assert len(counted) + len(locked) == 20, [r.text for r in responses]
    assert sorted(r.json()["attempts_remaining"] for r in counted) == [0, 1, 2, 3, 4]
    assert len(locked) == 15
    assert (await door.enter(door.code)).status_code == 409


async def test_concurrent_wrong_codes_below_the_limit_leave_the_right_code_working(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    door = await _out_for_delivery(client, api)
    responses = await asyncio.gather(*(door.enter(door.wrong(n)) for n in range(3)))
    assert sorted(r.json()["attempts_remaining"] for r in responses) == [2, 3, 4]
    done = await door.enter(door.code)
    assert done.status_code == 200 and done.json()["stage"] == "delivered", done.text
    again = await door.enter(door.code)
    assert again.status_code == 409, "delivered once, recorded once"
