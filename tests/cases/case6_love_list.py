"""Case #6 of DOMAIN.md: the love list (爱心清单) in 从化区 (440117).

Dispersed 特困 people, the seriously ill and the severely disabled buy listed products 3–50 元 below
market price; the town's group-buy leader collects the orders; the supermarket delivers to the social-
work station; an errand runner (跑腿帮) takes them to the doors of those who cannot go out, and the
delivery is confirmed with the code only the buyer holds.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.cases import linking
from tests.cases.actors import Actor, Actors, Report

STREET = "440117001"  # 街口街道
DISTRICT = "440117"  # 从化区
BUYERS = (
    ("分散供养特困老人", 1, "tekun_dispersed", {"name_masked": "黎**", "age": 78, "sex": "male"}),
    (
        "重病患者",
        3,
        None,
        {"name_masked": "陈*", "age": 52, "sex": "male", "serious_illness": True},
    ),
    (
        "重度残疾人",
        3,
        None,
        {
            "name_masked": "何**",
            "age": 41,
            "sex": "female",
            "disability_category": "physical",
            "disability_grade": 1,
        },
    ),
)


async def _household(
    caseworker: Actor,
    buyer: Actor | None,
    circle: int | None,
    group: str | None,
    member: dict[str, Any],
) -> str:
    household_id = str(uuid.uuid4())
    await caseworker.put(
        f"/v1/referrals/households/{household_id}",
        {
            "region_code": STREET,
            "circle": circle,
            "group": group,
            "consent_to_share": True,
            "members": [member],
            "applicant_subject": buyer.subject if buyer else None,
        },
    )
    return household_id


async def play(actors: Actors, report: Report) -> dict[str, Any]:
    report("【案例六】广州市从化区爱心清单：特困、重病、重度残疾人以低于市场价 3–50 元买米买油。")
    caseworker = await actors.person("街口街道民政专干", "caseworker", STREET)
    market, market_system = await linking.provider(
        actors, "从化爱心超市", "supermarket", STREET, [DISTRICT]
    )
    team, team_system = await linking.provider(
        actors, "街口街道跑腿帮", "volunteer_team", STREET, [DISTRICT]
    )
    leader = await actors.admin.post(
        f"/v1/organizations/{team['id']}/people",
        {"name": "团长李姐", "role": "group_buy_leader", "region_code": STREET},
    )
    runner = await actors.admin.post(
        f"/v1/organizations/{team['id']}/people",
        {"name": "跑腿帮小陈", "role": "errand_runner", "region_code": STREET},
    )
    rice = await market_system.post(
        "/v1/love-list/products",
        {
            "supplier_organization_id": market["id"],
            "name": "丝苗米 10kg",
            "unit": "袋",
            "market_price_yuan": "59.90",
            "list_price_yuan": "49.90",
            "quota_per_household": 2,
            "regions_served": [DISTRICT],
            "initial_stock": 50,
        },
    )
    too_cheap = await market_system.raw(
        "POST",
        "/v1/love-list/products",
        json={
            "supplier_organization_id": market["id"],
            "name": "花生油 5L",
            "unit": "桶",
            "market_price_yuan": "79.00",
            "list_price_yuan": "20.00",
            "quota_per_household": 1,
            "initial_stock": 10,
        },
    )
    report(
        f"{market_system.label}上架「{rice['name']}」：市场价 {rice['market_price_yuan']} 元，爱心价 "
        f"{rice['list_price_yuan']} 元（优惠 {rice['discount_yuan']} 元）；优惠超过 50 元的花生油被拒（{too_cheap.status_code}）。"
    )
    campaign = await team_system.post(
        "/v1/love-list/campaigns",
        {
            "town_code": STREET,
            "title": "街口街道爱心团购",
            "leader_person_id": leader["id"],
            "station_name": "街口街道社工站",
            "closes_at": (datetime.now(UTC) + timedelta(days=2)).isoformat(),
        },
    )
    report(f"团长李姐在{campaign['town_name']}发起团购，送货点：{campaign['station_name']}。")
    orders = []
    for label, circle, group, member in BUYERS:
        buyer = await actors.person(label, "applicant")
        household_id = await _household(caseworker, buyer, circle, group, member)
        order = await buyer.post(
            "/v1/orders",
            {
                "household_id": household_id,
                "product_id": rice["id"],
                "quantity": 1,
                "campaign_id": campaign["id"],
            },
        )
        orders.append((buyer, order))
        report(f"{label}下单 1 袋，应付 {order['amount_yuan']} 元；确认码只有本人看得到。")
    outsider = await actors.person("不在名单上的居民", "applicant")
    outsider_home = await _household(
        caseworker, outsider, None, None, {"name_masked": "王*", "age": 45, "sex": "male"}
    )
    refused = await outsider.raw(
        "POST",
        "/v1/orders",
        json={
            "household_id": outsider_home,
            "product_id": rice["id"],
            "quantity": 1,
            "campaign_id": campaign["id"],
        },
    )
    report(f"不属于特困、重病、重度残疾的居民下单：系统答复 {refused.status_code}。")
    closed = await team_system.post(f"/v1/love-list/campaigns/{campaign['id']}/close")
    supplier_order = closed["supplier_orders"][0]
    report(
        f"团购截单：合并成给超市的 1 张订单，共 {supplier_order['lines'][0]['quantity']} 袋，{supplier_order['total_yuan']} 元。"
    )
    delivered = []
    for buyer, order in orders:
        delivery_id = order["delivery"]["id"]
        await market_system.post(f"/v1/deliveries/{delivery_id}/at-station")
        await team_system.post(
            f"/v1/deliveries/{delivery_id}/assign", {"runner_person_id": runner["id"]}
        )
        done = await team_system.post(
            f"/v1/deliveries/{delivery_id}/confirm",
            {"confirmation_code": order["confirmation_code"]},
        )
        seen = await buyer.get(f"/v1/orders/{order['id']}")
        delivered.append(seen)
        report(f"超市送到社工站，跑腿帮小陈送货上门，{buyer.label}报出确认码：{done['stage']}。")
    return {
        "product": rice,
        "rejected_price_status": too_cheap.status_code,
        "outsider_status": refused.status_code,
        "supplier_order": supplier_order,
        "orders": delivered,
    }
