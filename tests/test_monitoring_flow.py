"""Policy finds the person (政策找人) in the running suite: partner data → warning → home visit → intake."""

import gzip
import json
import uuid
from datetime import date, timedelta

import httpx

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import eventually

ADMIN = bearer("admin", subject="monitoring-admin")
MEDICAL_INSURANCE = bearer("data_partner", subject="partner-mi-w", sources=["medical_insurance"])


def person(county: str, born: date) -> str:
    return resident_id.make(county, born, uuid.uuid4().int % 997)


async def town_warnings(
    gateway: httpx.AsyncClient, headers: dict[str, str], household_key: str
) -> list[dict]:
    answer = await gateway.get("/v1/warnings", params={"limit": 500}, headers=headers)
    assert answer.status_code == 200, answer.text
    return [w for w in answer.json() if w["household"]["household_key"] == household_key]


async def test_case_1_a_big_data_warning_leads_to_a_proactive_application_in_intake(
    gateway: httpx.AsyncClient,
) -> None:
    """Zhang Kaifa's three-person household in 安仁县牌楼乡 (431028206), DOMAIN.md case #1."""
    ids = [
        person("431028", date(1968, 3, 3)),
        person("431028", date(1971, 6, 6)),
        person("431028", date(2009, 9, 9)),
    ]
    key = f"anren-{uuid.uuid4().hex[:10]}"
    loaded = await gateway.post(
        "/v1/monitoring/population",
        json={
            "households": [
                {
                    "household_key": key,
                    "region_code": "431028206",
                    "status": "near_subsistence",
                    "address": "安仁县牌楼乡柏叶村",
                    "registration": "rural",
                    "members": [
                        {"id_number": ids[0], "name": "张开发", "relation": "head"},
                        {"id_number": ids[1], "name": "王某", "relation": "spouse"},
                        {"id_number": ids[2], "name": "张某某", "relation": "child"},
                    ],
                }
            ]
        },
        headers=ADMIN,
    )
    assert loaded.status_code == 200, loaded.text
    record = {
        "source": "medical_insurance",
        "source_record_id": f"MI-{uuid.uuid4().hex[:10]}",
        "id_number": ids[0],
        "kind": "expenditure",
        "type": "medical_out_of_pocket",
        "amount_yuan": "118000.00",
        "date": (date.today() - timedelta(days=12)).isoformat(),
    }
    pushed = await gateway.post("/v1/records", json=record, headers=MEDICAL_INSURANCE)
    assert pushed.status_code == 201, pushed.text

    town = bearer("caseworker", subject="cw-paitou", region="431028206")
    [warning] = await town_warnings(gateway, town, key)
    assert warning["rule_code"] == "medical_oop_high" and warning["assigned_region"] == "431028206"
    elsewhere = bearer("caseworker", subject="cw-yizhang", region="431022")
    assert await town_warnings(gateway, elsewhere, key) == []
    assert (
        await gateway.get(f"/v1/warnings/{warning['id']}", headers=elsewhere)
    ).status_code == 404

    for state in ("dispatched", "visiting", "confirmed"):
        moved = await gateway.post(
            f"/v1/warnings/{warning['id']}/transitions", json={"to": state}, headers=town
        )
        assert moved.status_code == 200, moved.text
    refused = await gateway.post(
        f"/v1/warnings/{warning['id']}/transitions", json={"to": "visiting"}, headers=town
    )
    assert refused.status_code == 409 and refused.json()["current_state"] == "confirmed"

    county = bearer("caseworker", subject="cw-anren-w", region="431028")

    async def proactive() -> list | None:
        r = await gateway.get(
            "/v1/applications",
            params={"channel": "proactive", "region": "431028206"},
            headers=county,
        )
        if r.status_code != 200:
            return None
        found = [a for a in r.json()["items"] if a.get("warning_id") == str(warning["id"])]
        return found or None

    [application] = await eventually(proactive)  # warning.confirmed reached intake's inbox
    assert application["channel"] == "proactive"


async def test_case_3_a_medical_insurance_feed_raises_a_warning_for_the_towns_caseworkers(
    gateway: httpx.AsyncClient,
) -> None:
    """Xiao Qingni's husband in 宜章县五岭镇 (431022115): costs over 100,000 元 in 医保 data."""
    husband, wife = person("431022", date(1983, 4, 4)), person("431022", date(1986, 5, 5))
    key = f"yizhang-{uuid.uuid4().hex[:10]}"
    loaded = await gateway.post(
        "/v1/monitoring/population",
        json={
            "households": [
                {
                    "household_key": key,
                    "region_code": "431022115",
                    "status": "return_to_poverty_watch",
                    "members": [
                        {"id_number": wife, "name": "肖青妮", "relation": "head"},
                        {"id_number": husband, "name": "邓某", "relation": "spouse"},
                    ],
                }
            ]
        },
        headers=ADMIN,
    )
    assert loaded.status_code == 200, loaded.text
    rows = [
        {
            "source": "medical_insurance",
            "source_record_id": f"MI-{uuid.uuid4().hex[:10]}",
            "id_number": husband,
            "kind": "expenditure",
            "type": "medical_out_of_pocket",
            "amount_yuan": amount,
            "date": (date.today() - timedelta(days=days)).isoformat(),
        }
        for amount, days in (("64000.00", 120), ("41500.00", 30))
    ]
    feed = "".join(json.dumps(r) + "\n" for r in rows)
    job = await gateway.post(
        "/v1/data-feeds?wait=true",
        content=gzip.compress(feed.encode()),
        headers={"content-type": "application/x-ndjson", **MEDICAL_INSURANCE},
    )
    assert job.status_code == 201, job.text
    town = bearer("caseworker", subject="cw-wuling", region="431022115")
    [warning] = await town_warnings(gateway, town, key)
    assert warning["figure_yuan"] == "105500.00"
    assert "100000.00" in warning["reason_zh"]
    assert len(warning["evidence"]) == 2
