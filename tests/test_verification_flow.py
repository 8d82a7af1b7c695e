"""Verification in the running suite: partner data through the gateway reaches the right caseworker."""

import gzip
import json
import uuid
from datetime import date

import httpx

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import eventually

CASEWORKER = bearer("caseworker", subject="cw-anren", region="431028")
MEDICAL_INSURANCE = bearer("data_partner", subject="partner-mi", sources=["medical_insurance"])


async def test_a_feed_through_the_gateway_shows_up_for_the_households_caseworker(
    gateway: httpx.AsyncClient,
) -> None:
    n = uuid.uuid4().int
    head = resident_id.make("431022", date(1982, 1 + n % 12, 1 + n % 28), n % 997)
    declared = await gateway.post(
        "/v1/households",
        json={
            "region_code": "431022115",
            "address": "五岭镇分水村",
            "registration": "rural",
            "members": [{"name": "萧清妮", "id_number": head, "relation": "head"}],
        },
        headers=bearer("caseworker", region="431022"),
    )
    assert declared.status_code == 201, declared.text
    household_id = declared.json()["id"]
    # 医保: the husband's liver-cancer costs (case #3), as a gzipped NDJSON feed.
    record = {
        "source": "medical_insurance",
        "source_record_id": f"MI-{uuid.uuid4().hex[:10]}",
        "id_number": head,
        "kind": "expenditure",
        "type": "medical_out_of_pocket",
        "amount_yuan": "103250.00",
        "date": "2026-07-15",
    }
    line = json.dumps(record) + "\n"
    job = await gateway.post(
        "/v1/data-feeds?wait=true",
        content=gzip.compress(line.encode()),
        headers={"content-type": "application/x-ndjson", **MEDICAL_INSURANCE},
    )
    assert job.status_code == 201, job.text
    assert job.json()["records_created"] == 1
    town = bearer("caseworker", region="431022115")

    async def visible() -> list | None:
        r = await gateway.get("/v1/records", params={"household_id": household_id}, headers=town)
        return r.json() if r.status_code == 200 and r.json() else None

    records = await eventually(visible)  # once intake's household.declared has arrived
    assert records is not None
    assert [(r["type"], r["amount_yuan"]) for r in records] == [
        ("medical_out_of_pocket", "103250.00")
    ]
    assert head not in str(records)
    other = await gateway.get(
        "/v1/records", params={"household_id": household_id}, headers=CASEWORKER
    )
    assert other.status_code == 404


async def test_check_and_home_visit_conclude_the_double_check_in_intake(
    gateway: httpx.AsyncClient,
) -> None:
    n = uuid.uuid4().int
    head = resident_id.make("431028", date(1968, 1 + n % 12, 1 + n % 28), n % 997)
    created = await gateway.post(
        "/v1/applications",
        json={
            "kind": "minimum_living",
            "household": {
                "region_code": "431028206",
                "address": "牌楼乡柏叶村 2 组",
                "registration": "rural",
                "members": [{"name": "张开发", "id_number": head, "relation": "head"}],
            },
            "needs": [{"category": "basic_living", "text": "生活困难", "urgency": "high"}],
            "consent": {"granted_by": "subject", "signer_name": "张开发"},
        },
        headers={**CASEWORKER, "Idempotency-Key": str(uuid.uuid4())},
    )
    assert created.status_code == 201, created.text
    application_id = created.json()["id"]

    async def checked() -> list | None:
        r = await gateway.get(
            "/v1/checks", params={"application_id": application_id}, headers=CASEWORKER
        )
        return r.json() if r.status_code == 200 and r.json() else None

    [check] = await eventually(checked) or []
    assert check["report"]["consent_scope"]
    visit = await gateway.post(
        "/v1/assessments",
        json={
            "application_id": application_id,
            "household_id": check["household_id"],
            "region_code": "431028206",
            "visited_at": "2026-11-20T02:00:00+00:00",
            "investigators": [
                {"subject": "cw-anren", "name": "李四"},
                {"subject": "cw-anren-2", "name": "王五"},
            ],
            "items": {
                "housing": {"rating": "poor"},
                "health": {"rating": "fair"},
                "capacity_to_work": {"rating": "poor"},
                "living_conditions": {"rating": "poor"},
            },
            "neighbour_interviews": [
                {"interviewee": "赵六", "relation": "neighbour", "summary": "家境困难属实"}
            ],
            "conclusion": "difficulty_confirmed",
            "conclusion_text": "情况属实",
        },
        headers=CASEWORKER,
    )
    assert visit.status_code == 201, visit.text
    assert visit.json()["double_check_concluded"] is True

    async def concluded() -> bool:
        r = await gateway.get(f"/v1/applications/{application_id}/timeline", headers=CASEWORKER)
        return r.status_code == 200 and any("双核查" in (e.get("reason") or "") for e in r.json())

    assert await eventually(concluded)
