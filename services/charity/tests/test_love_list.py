"""Love list: prices 3–50 元 below market, eligibility, quotas, stock under concurrency, group-buys,
delivery to the door proven by the recipient's code — and DOMAIN.md case #6 end to end."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import httpx
import pytest
from lovelist_data import CASEWORKER, JIEKOU, SEVERELY_DISABLED, partner, product_body

from jiuzhu_kit.testing import bearer

ADMIN = bearer("admin")
NOT_ELIGIBLE = [{"name_masked": "王某", "age": 45, "sex": "male"}]


async def _supermarket(api: Any) -> dict:
    return await api.organization("supermarket", JIEKOU, ["440117"])


@pytest.mark.parametrize(
    ("list_price", "accepted"),
    [("56.90", True), ("9.90", True), ("57.00", False), ("9.80", False), ("60.00", False)],
)
async def test_a_list_price_must_be_3_to_50_yuan_below_market(
    client: httpx.AsyncClient, api: Any, list_price: str, accepted: bool
) -> None:
    org = await _supermarket(api)
    response = await client.post(
        "/v1/love-list/products",
        json=product_body(org, list_price_yuan=list_price),
        headers=partner(org),
    )
    if accepted:
        assert response.status_code == 201, response.text
        assert Decimal(response.json()["discount_yuan"]) == Decimal("59.90") - Decimal(list_price)
    else:
        assert response.status_code == 422
        assert [e["field"] for e in response.json()["errors"]] == ["list_price_yuan"]


async def test_only_eligible_households_may_order_and_within_their_monthly_quota(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org = await _supermarket(api)
    product = (
        await client.post("/v1/love-list/products", json=product_body(org), headers=partner(org))
    ).json()
    eligible = await api.household(JIEKOU, members=SEVERELY_DISABLED, group=None, circle=3)
    other = await api.household(JIEKOU, members=NOT_ELIGIBLE, group="dibao")

    async def order(household: dict, quantity: int) -> httpx.Response:
        body = {
            "household_id": household["household_id"],
            "product_id": product["id"],
            "quantity": quantity,
        }
        return await client.post("/v1/orders", json=body, headers=CASEWORKER)

    refused = await order(other, 1)
    assert refused.status_code == 403
    assert refused.json()["errors"][0]["field"] == "household_id"
    assert (await order(eligible, 1)).status_code == 201
    over = await order(eligible, 2)
    assert over.status_code == 409 and over.json()["type"].endswith("/quota-exceeded")
    assert (await order(eligible, 1)).status_code == 201
    clock.advance(days=5)  # 2026-12-03 in Shanghai: a new month, a new quota
    assert (await order(eligible, 2)).status_code == 201


async def test_an_order_beyond_stock_is_refused_and_reserves_nothing(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org = await _supermarket(api)
    product = (
        await client.post(
            "/v1/love-list/products",
            json=product_body(org, quota_per_household=100),
            headers=partner(org),
        )
    ).json()
    household = await api.household(JIEKOU, members=SEVERELY_DISABLED, group=None)
    body = {"household_id": household["household_id"], "product_id": product["id"], "quantity": 21}
    refused = await client.post("/v1/orders", json=body, headers=CASEWORKER)
    assert refused.status_code == 409
    assert refused.json()["type"].endswith("/insufficient-stock")
    assert refused.json()["errors"][0]["field"] == "quantity"
    after = (await client.get(f"/v1/love-list/products/{product['id']}", headers=CASEWORKER)).json()
    assert (after["stock_reserved"], after["available"]) == (0, 20)
    assert (
        await client.get(
            "/v1/orders", params={"household_id": household["household_id"]}, headers=CASEWORKER
        )
    ).json() == []


async def test_stock_never_goes_negative_under_concurrent_orders(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org = await _supermarket(api)
    product = (
        await client.post(
            "/v1/love-list/products",
            json=product_body(org, initial_stock=5, quota_per_household=1),
            headers=partner(org),
        )
    ).json()
    households = [
        await api.household(JIEKOU, members=SEVERELY_DISABLED, group=None) for _ in range(16)
    ]
    responses = await asyncio.gather(
        *(
            client.post(
                "/v1/orders",
                json={
                    "household_id": h["household_id"],
                    "product_id": product["id"],
                    "quantity": 1,
                },
                headers=CASEWORKER,
            )
            for h in households
        )
    )
    codes = sorted(r.status_code for r in responses)
    assert codes == [201] * 5 + [409] * 11, [
        r.text for r in responses if r.status_code not in (201, 409)
    ]
    after = (await client.get(f"/v1/love-list/products/{product['id']}", headers=CASEWORKER)).json()
    assert (after["stock_on_hand"], after["stock_reserved"], after["available"]) == (5, 5, 0)


async def test_love_list_case_6_conghua_group_buy_to_the_door(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    """DOMAIN.md #6: eligible people in 从化区 order through the town's group-buy leader; the
    supermarket delivers to the station; an errand runner takes it to the door; the code confirms."""
    supermarket = await _supermarket(api)
    oil_shop = await api.organization("supermarket", JIEKOU, ["440117"])
    team = await api.organization("volunteer_team", JIEKOU, ["440117"])
    leader = await api.person(team["id"], "团长", "group_buy_leader", JIEKOU)
    runner = await api.person(team["id"], "跑腿帮小陈", "errand_runner", JIEKOU)
    rice = (
        await client.post(
            "/v1/love-list/products", json=product_body(supermarket), headers=partner(supermarket)
        )
    ).json()
    oil = (
        await client.post(
            "/v1/love-list/products",
            json=product_body(
                oil_shop,
                name="花生油 5L",
                unit="桶",
                market_price_yuan="79.00",
                list_price_yuan="65.00",
            ),
            headers=partner(oil_shop),
        )
    ).json()
    campaign = await client.post(
        "/v1/love-list/campaigns",
        json={
            "town_code": JIEKOU,
            "title": "街口街道 12 月爱心团购",
            "leader_person_id": leader["id"],
            "station_name": "街口街道社工站",
            "closes_at": "2026-11-30T12:00:00+08:00",
        },
        headers=partner(team),
    )
    assert campaign.status_code == 201, campaign.text
    cid = campaign.json()["id"]
    buyers = [
        (
            "user-tekun",
            await api.household(
                JIEKOU,
                members=NOT_ELIGIBLE,
                group="tekun_dispersed",
                circle=1,
                applicant="user-tekun",
            ),
        ),
        (
            "user-ill",
            await api.household(
                JIEKOU,
                members=[
                    {"name_masked": "陈某", "age": 52, "sex": "male", "serious_illness": True}
                ],
                group=None,
                circle=3,
                applicant="user-ill",
            ),
        ),
        (
            "user-disabled",
            await api.household(
                JIEKOU, members=SEVERELY_DISABLED, group=None, circle=3, applicant="user-disabled"
            ),
        ),
    ]
    orders = []
    for subject, household in buyers:
        applicant = bearer("applicant", subject=subject)
        for product in (rice, oil):
            placed = await client.post(
                "/v1/orders",
                json={
                    "household_id": household["household_id"],
                    "product_id": product["id"],
                    "quantity": 1,
                    "campaign_id": cid,
                },
                headers=applicant,
            )
            assert placed.status_code == 201, placed.text
            assert placed.json()["confirmation_code"] is not None, "the buyer sees the code"
            orders.append((subject, placed.json()))
    premature = await client.post(
        f"/v1/deliveries/{orders[0][1]['delivery']['id']}/at-station", headers=partner(supermarket)
    )
    assert premature.status_code == 409, "goods ship once the group-buy is consolidated"
    closed = await client.post(f"/v1/love-list/campaigns/{cid}/close", headers=partner(team))
    assert closed.status_code == 200
    consolidated = {s["supplier_organization_id"]: s for s in closed.json()["supplier_orders"]}
    assert set(consolidated) == {supermarket["id"], oil_shop["id"]}, "one order per supplier"
    assert consolidated[supermarket["id"]]["lines"][0]["quantity"] == 3
    assert Decimal(consolidated[supermarket["id"]]["total_yuan"]) == Decimal("149.70")
    late = await client.post(
        "/v1/orders",
        json={
            "household_id": buyers[0][1]["household_id"],
            "product_id": rice["id"],
            "quantity": 1,
            "campaign_id": cid,
        },
        headers=CASEWORKER,
    )
    assert late.status_code == 409
    for subject, order in orders:
        delivery_id = order["delivery"]["id"]
        supplier = supermarket if order["product_id"] == rice["id"] else oil_shop
        assert (
            await client.post(f"/v1/deliveries/{delivery_id}/at-station", headers=partner(supplier))
        ).status_code == 200
        assigned = await client.post(
            f"/v1/deliveries/{delivery_id}/assign",
            json={"runner_person_id": runner["id"]},
            headers=partner(team),
        )
        assert assigned.json()["stage"] == "out_for_delivery"
        runner_view = await client.get(f"/v1/orders/{order['id']}", headers=partner(team))
        assert runner_view.status_code == 404 or runner_view.json()["confirmation_code"] is None
        wrong = "000000" if order["confirmation_code"] != "000000" else "111111"
        mismatch = await client.post(
            f"/v1/deliveries/{delivery_id}/confirm",
            json={"confirmation_code": wrong},
            headers=partner(team),
        )
        assert mismatch.status_code == 422
        assert mismatch.json()["errors"][0]["field"] == "confirmation_code"
        done = await client.post(
            f"/v1/deliveries/{delivery_id}/confirm",
            json={"confirmation_code": order["confirmation_code"]},
            headers=partner(team),
        )
        assert done.json()["stage"] == "delivered"
        status = await client.get(
            f"/v1/orders/{order['id']}", headers=bearer("applicant", subject=subject)
        )
        assert status.json()["status"] == "delivered"
    stock = (await client.get(f"/v1/love-list/products/{rice['id']}", headers=CASEWORKER)).json()
    assert (stock["stock_on_hand"], stock["stock_reserved"]) == (17, 0)
    runs = await client.get(
        "/v1/service-records/summary",
        params={"by": "service_type", "organization_id": team["id"]},
        headers=partner(team),
    )
    assert runs.json()["rows"] == [{"key": "love_list_delivery", "person_times": 6, "records": 6}]


async def test_orders_and_deliveries_move_only_forward(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org = await _supermarket(api)
    team = await api.organization("volunteer_team", JIEKOU, ["440117"])
    runner = await api.person(team["id"], "跑腿帮小李", "errand_runner", JIEKOU)
    leader = await api.person(team["id"], "团长乙", "group_buy_leader", JIEKOU)
    product = (
        await client.post("/v1/love-list/products", json=product_body(org), headers=partner(org))
    ).json()
    household = await api.household(JIEKOU, members=SEVERELY_DISABLED, group=None)
    body = {"household_id": household["household_id"], "product_id": product["id"], "quantity": 2}
    first = (await client.post("/v1/orders", json=body, headers=CASEWORKER)).json()
    cancelled = await client.post(f"/v1/orders/{first['id']}/cancel", headers=CASEWORKER)
    assert cancelled.json()["status"] == "cancelled"
    stock = (await client.get(f"/v1/love-list/products/{product['id']}", headers=CASEWORKER)).json()
    assert stock["available"] == 20, "a cancelled order gives its stock back and frees the quota"
    order = (await client.post("/v1/orders", json=body, headers=CASEWORKER)).json()
    delivery = order["delivery"]["id"]
    confirm_early = await client.post(
        f"/v1/deliveries/{delivery}/confirm",
        json={"confirmation_code": order["confirmation_code"]},
        headers=ADMIN,
    )
    assert confirm_early.status_code == 409, "no runner has it yet"
    assign_early = await client.post(
        f"/v1/deliveries/{delivery}/assign",
        json={"runner_person_id": runner["id"]},
        headers=partner(team),
    )
    assert assign_early.status_code == 409
    await client.post(f"/v1/deliveries/{delivery}/at-station", headers=partner(org))
    not_a_runner = await client.post(
        f"/v1/deliveries/{delivery}/assign",
        json={"runner_person_id": leader["id"]},
        headers=partner(team),
    )
    assert not_a_runner.status_code == 422
    assert not_a_runner.json()["errors"][0]["field"] == "runner_person_id"
    too_late = await client.post(f"/v1/orders/{order['id']}/cancel", headers=CASEWORKER)
    assert too_late.status_code == 409
    short = await client.post(
        f"/v1/deliveries/{delivery}/confirm", json={"confirmation_code": "12"}, headers=ADMIN
    )
    assert short.status_code == 422
