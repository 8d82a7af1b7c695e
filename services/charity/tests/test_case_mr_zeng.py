"""DOMAIN.md case #4, through the public API: Mr Zeng, 株洲市芦淞区贺家土街道, a 低保 recipient paralysed
by a stroke. A social-work agency matches from the resource pool milk and rice delivered regularly,
volunteers who run errands and accompany him, a medicine card for free rehabilitation, and regular
psychological counseling."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from jiuzhu_kit.testing import bearer

HEJIATU = "430203001"


def partner(org: dict) -> dict[str, str]:
    return bearer("charity_partner", organization_id=org["id"])


async def test_mr_zeng_is_linked_to_food_escorts_rehabilitation_and_counseling(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    agency = await api.organization(
        "social_work_agency", "430203", ["4302"], name="株洲市大同社会工作服务中心"
    )
    food_bank = await api.organization("charity", "430203", ["430203"])
    volunteers = await api.organization("volunteer_team", "430203", ["430203001"])
    clinic = await api.organization("enterprise", "430211", ["4302"])
    far_away = await api.organization("charity", "440117", ["440117"])
    milk = await api.resource(
        food_bank["id"],
        kind="goods",
        unit="箱",
        category="basic_living",
        benefit_kind="milk",
        target_groups=["dibao", "tekun"],
    )
    rice = await api.resource(
        food_bank["id"],
        kind="goods",
        unit="袋",
        category="basic_living",
        benefit_kind="rice",
        target_groups=["dibao"],
    )
    far_milk = await api.resource(
        far_away["id"], kind="goods", unit="箱", category="basic_living", benefit_kind="milk"
    )
    for resource, unit, quantity in ((milk, "箱", 40), (rice, "袋", 10), (far_milk, "箱", 99)):
        owner = far_away if resource is far_milk else food_bank
        await client.post(
            f"/v1/resources/{resource['id']}/lots",
            json={"lot_code": "2026-11", "quantity": quantity, "unit": unit},
            headers=partner(owner),
        )
    escort = await api.resource(
        volunteers["id"],
        kind="volunteer_offer",
        category="care",
        benefit_kind="errands_and_escort",
        target_groups=["disability", "elderly"],
        capacity_per_period=10,
        capacity_period="month",
    )
    child_escort = await api.resource(
        volunteers["id"],
        kind="volunteer_offer",
        category="care",
        benefit_kind="school_escort",
        target_groups=["child"],
    )
    rehab = await api.resource(
        clinic["id"],
        kind="service",
        category="rehabilitation",
        benefit_kind="rehab_medicine_card",
        target_groups=["disability"],
        capacity_per_period=5,
        capacity_period="month",
    )
    counseling = await api.resource(
        agency["id"],
        kind="service",
        category="psychological",
        benefit_kind="counseling",
        target_groups=["all"],
        capacity_per_period=20,
        capacity_period="month",
    )

    household_id = str(uuid.uuid4())
    needs_event = {
        "id": str(uuid.uuid4()),
        "topic": "needs.uncovered",
        "source": "intake",
        "occurred_at": "2026-11-28T02:00:00Z",
        "payload": {
            "application_id": str(uuid.uuid4()),
            "household_id": household_id,
            "region_code": HEJIATU,
            "consent_to_share": True,
            "household": {
                "circle": 2,
                "group": "dibao",
                "members": [
                    {
                        "name_masked": "曾*",
                        "age": 63,
                        "sex": "male",
                        "disability_category": "physical",
                        "disability_grade": 1,
                        "serious_illness": False,
                    }
                ],
            },
            "needs": [
                {"category": "basic_living", "text": "营养: milk", "urgency": "high"},
                {"category": "basic_living", "text": "营养: rice", "urgency": "normal"},
                {"category": "care", "text": "出行: errands and accompaniment", "urgency": "high"},
                {
                    "category": "rehabilitation",
                    "text": "康复: free rehabilitation",
                    "urgency": "normal",
                },
                {"category": "psychological", "text": "心理疏导", "urgency": "normal"},
            ],
        },
    }
    applied = await client.post(
        "/internal/events", json=needs_event, headers=bearer("service", kind="service")
    )
    assert applied.json()["applied"] is True
    social_worker = partner(agency)
    household = await client.get(f"/v1/referrals/households/{household_id}", headers=social_worker)
    assert household.status_code == 200, (
        "the agency serving 株洲市 may link a household that consented"
    )
    needs = {n["text"]: n for n in household.json()["needs"]}

    async def best_for(need_text: str) -> dict:
        ranked = await client.get(
            "/v1/resources/candidates",
            params={"need_id": needs[need_text]["id"]},
            headers=social_worker,
        )
        assert ranked.status_code == 200, ranked.text
        return ranked.json()["candidates"]  # type: ignore[no-any-return]

    milk_candidates = await best_for("营养: milk")
    assert far_milk["id"] not in {c["resource_id"] for c in milk_candidates}, (
        "another province is no candidate"
    )
    escorts = await best_for("出行: errands and accompaniment")
    assert [c["resource_id"] for c in escorts] == [escort["id"], child_escort["id"]]
    assert escorts[0]["region_level"] == "township" and any(
        "包括" in r or "includes" in r for r in escorts[0]["reasons"]
    )
    assert any("none of these" in r for r in escorts[1]["reasons"]), (
        "a children's escort does not fit him"
    )

    plan = [
        (
            "营养: milk",
            milk,
            {"quantity": 1, "recurrence": {"every": "week", "count": 26, "start_on": "2026-12-01"}},
            food_bank,
        ),
        (
            "营养: rice",
            rice,
            {"quantity": 1, "recurrence": {"every": "month", "count": 6, "start_on": "2026-12-01"}},
            food_bank,
        ),
        (
            "出行: errands and accompaniment",
            escort,
            {"recurrence": {"every": "week", "count": 8, "start_on": "2026-12-01"}},
            volunteers,
        ),
        ("康复: free rehabilitation", rehab, {}, clinic),
        (
            "心理疏导",
            counseling,
            {"recurrence": {"every": "month", "count": 6, "start_on": "2026-12-01"}},
            agency,
        ),
    ]
    referrals = []
    for need_text, resource, extra, receiver in plan:
        created = await client.post(
            "/v1/referrals",
            json={"need_id": needs[need_text]["id"], "resource_id": resource["id"]} | extra,
            headers=social_worker,
        )
        assert created.status_code == 201, created.text
        rid = created.json()["id"]
        assert (await client.post(f"/v1/referrals/{rid}/send", headers=social_worker)).json()[
            "status"
        ] == "sent"
        seen = (await client.get(f"/v1/referrals/{rid}", headers=partner(receiver))).json()
        assert seen["household"]["members"][0]["name_masked"] == "曾*"
        for action in ("accept", "start"):
            assert (
                await client.post(f"/v1/referrals/{rid}/{action}", headers=partner(receiver))
            ).status_code == 200
        referrals.append((rid, receiver, bool(extra.get("recurrence"))))

    async def person_times_here() -> int:
        summary = await client.get(
            "/v1/service-records/summary",
            params={"by": "region", "region_code": HEJIATU},
            headers=bearer("caseworker", region="430203"),
        )
        return sum(r["person_times"] for r in summary.json()["rows"])

    before = await person_times_here()
    clock.advance(days=4)
    for rid, receiver, recurring in referrals:
        path = f"/v1/referrals/{rid}/occurrences/1" if recurring else f"/v1/referrals/{rid}/deliver"
        step = await client.post(
            path, json={"outcome": "delivered"} if recurring else None, headers=partner(receiver)
        )
        assert step.status_code == 200, step.text
    rehab_id = referrals[3][0]
    confirmed = await client.post(
        f"/v1/referrals/{rehab_id}/confirm", headers=bearer("caseworker", region="430203")
    )
    assert confirmed.json()["status"] == "confirmed"
    mine = (
        await client.get(
            "/v1/referrals", params={"household_id": household_id}, headers=social_worker
        )
    ).json()
    assert mine["total"] == 5
    milk_now = (await client.get(f"/v1/resources/{milk['id']}", headers=social_worker)).json()
    assert (milk_now["stock_issued"], milk_now["stock_reserved"]) == (1, 25), (
        "26 weeks held, 1 given"
    )
    assert await person_times_here() == before + 5, "each delivery is a person-time of service"
