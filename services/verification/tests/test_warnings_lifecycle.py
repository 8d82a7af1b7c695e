"""Warnings move new → dispatched → visiting → confirmed/dismissed; confirming reaches intake; overdue ones escalate."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from verification.db import OutboxEvent
from verification.records.rows import today_in_china
from verification.warnings.clock import frozen_at

ADMIN = bearer("admin", subject="admin-w")
SERVICE = bearer("service", subject="intake", kind="service")
MEDICAL = bearer("data_partner", subject="yibao-w", sources=["medical_insurance", "banks"])
TOWN = bearer("caseworker", subject="cw-paitou", region="431028206")  # 安仁县牌楼乡
COUNTY = bearer("reviewer", subject="rv-anren", region="431028")
OTHER = bearer("caseworker", subject="cw-conghua", region="440117")


def person(born: date) -> str:
    """A fresh resident ID born within 200 days after `born`: tests call this with the same dates
    many times, and 999 sequence numbers alone collided now and then (two households, one person)."""
    n = uuid.uuid4().int
    return resident_id.make("431028", born + timedelta(days=n % 200), n // 200 % 999)


async def family_with_big_bills(client: httpx.AsyncClient, **extra: Any) -> tuple[int, list[str]]:
    """Zhang Kaifa's three-person household in 牌楼乡 with 医保 bills over the line: its warning."""
    ids = [person(date(1968, 2, 2)), person(date(1970, 8, 8)), person(date(2008, 5, 5))]
    key = f"w-{uuid.uuid4().hex[:12]}"
    members = [
        {"id_number": ids[0], "name": "张开发", "relation": "head"},
        {"id_number": ids[1], "name": "李某", "relation": "spouse"},
        {"id_number": ids[2], "name": "张某", "relation": "child"},
    ]
    household = {
        "household_key": key,
        "region_code": "431028206",
        "status": "flagged",
        "address": "安仁县牌楼乡柏叶村",
        "registration": "rural",
        "members": members,
        **extra,
    }
    loaded = await client.post(
        "/v1/monitoring/population", json={"households": [household]}, headers=ADMIN
    )
    assert loaded.status_code == 200, loaded.text
    record = {
        "source": "medical_insurance",
        "source_record_id": uuid.uuid4().hex,
        "id_number": ids[0],
        "kind": "expenditure",
        "type": "medical_out_of_pocket",
        "amount_yuan": "120000.00",
        "date": (today_in_china() - timedelta(days=3)).isoformat(),
    }
    assert (await client.post("/v1/records", json=record, headers=MEDICAL)).status_code == 201
    page = (await client.get("/v1/warnings", params={"limit": 500}, headers=TOWN)).json()
    while len(page) == 500 and not any(w["household"]["household_key"] == key for w in page):
        page = (
            await client.get(
                "/v1/warnings", params={"limit": 500, "after_id": page[-1]["id"]}, headers=TOWN
            )
        ).json()
    [warning] = [w for w in page if w["household"]["household_key"] == key]
    return warning["id"], ids


async def move(client: httpx.AsyncClient, warning_id: int, to: str, **body: Any) -> httpx.Response:
    return await client.post(
        f"/v1/warnings/{warning_id}/transitions", json={"to": to, **body}, headers=TOWN
    )


async def outbox_for(
    sessions: async_sessionmaker[AsyncSession], topic: str, warning_id: int
) -> list[dict[str, Any]]:
    async with sessions() as session:
        rows = await session.execute(select(OutboxEvent).where(OutboxEvent.topic == topic))  # type: ignore[arg-type]
        return [r.payload for r in rows.scalars() if r.payload["warning_id"] == str(warning_id)]


async def test_case_1_a_confirmed_warning_asks_intake_for_a_proactive_application(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]
) -> None:
    warning_id, ids = await family_with_big_bills(client)
    for state in ("dispatched", "visiting", "confirmed"):
        answer = await move(client, warning_id, state)
        assert answer.status_code == 200, answer.text
        assert answer.json()["state"] == state
    done = answer.json()
    assert done["dispatched_at"] and done["visit_started_at"] and done["concluded_at"]

    [event] = await outbox_for(sessions, "warning.confirmed", warning_id)
    assert event["rule_code"] == "medical_oop_high"
    assert event["region_code"] == "431028206"
    assert event["household_id"] is None  # intake declares the household from the composition
    assert event["household"]["address"] == "安仁县牌楼乡柏叶村"
    assert event["household"]["members"][0] == {
        "id_number": ids[0],
        "name": "张开发",
        "relation": "head",
    }
    assert sorted(m["id_number"] for m in event["household"]["members"]) == sorted(ids)
    assert [e["amount_yuan"] for e in event["evidence"]] == ["120000.00"]
    assert "120000.00" in event["reason_zh"]

    # Intake enrolls the household it opened: the warning counts as enrolled through warnings.
    enrolled = {
        "id": str(uuid.uuid4()),
        "topic": "household.enrolled",
        "source": "intake",
        "occurred_at": datetime.now(UTC).isoformat(),
        "payload": {
            "household_id": str(uuid.uuid4()),
            "application_id": str(uuid.uuid4()),
            "region_code": "431028206",
            "schemes": ["minimum_living"],
            "thresholds": {
                "per_capita_monthly_income_yuan": "500.00",
                "assets_total_yuan": "30000.00",
            },
            "members": [{"id_number": i} for i in ids],
        },
    }
    assert (
        await client.post("/internal/events", json=enrolled, headers=SERVICE)
    ).status_code == 200
    today = today_in_china().isoformat()
    figures = (
        await client.get(
            "/v1/monitoring/statistics",
            params={"region": "431028206", "from": today, "to": today},
            headers=COUNTY,
        )
    ).json()
    assert figures["enrolled_through_warnings"] >= 1
    assert figures["warnings_confirmed"] >= 1
    assert figures["monitored_people"] >= 3
    assert figures["median_days_to_visit"] is not None


async def test_a_move_not_allowed_from_the_state_is_a_409_naming_the_allowed_ones(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]
) -> None:
    warning_id, _ = await family_with_big_bills(client)
    refused = await move(client, warning_id, "confirmed")
    assert refused.status_code == 409
    problem = refused.json()
    assert problem["current_state"] == "new"
    assert problem["allowed"] == ["dispatched", "dismissed"]
    assert "new" in problem["detail"] and "dispatched" in problem["detail"]

    no_reason = await move(client, warning_id, "dismissed")
    assert no_reason.status_code == 422
    dismissed = await move(client, warning_id, "dismissed", reason="入户核实：已有稳定收入")
    assert dismissed.status_code == 200
    assert dismissed.json()["dismissal_reason"] == "入户核实：已有稳定收入"
    again = await move(client, warning_id, "visiting")
    assert again.status_code == 409 and again.json()["allowed"] == []
    assert await outbox_for(sessions, "warning.confirmed", warning_id) == []
    # Another county's caseworker cannot move it: to them it does not exist.
    other = await client.post(
        f"/v1/warnings/{warning_id}/transitions", json={"to": "dispatched"}, headers=OTHER
    )
    assert other.status_code == 404


async def test_an_overdue_warning_escalates_to_the_county_by_the_clock(
    client: httpx.AsyncClient,
) -> None:
    warning_id, _ = await family_with_big_bills(client)
    deadline = date.fromisoformat(
        (await client.get(f"/v1/warnings/{warning_id}", headers=TOWN)).json()["deadline_on"]
    )
    on_time = datetime.combine(deadline, datetime.min.time(), tzinfo=UTC)
    with frozen_at(on_time):
        assert (await client.post("/v1/warnings/escalations", headers=COUNTY)).status_code == 200
        read = (await client.get(f"/v1/warnings/{warning_id}", headers=TOWN)).json()
        assert read["overdue"] is False and read["escalated_to"] is None
    late = on_time + timedelta(days=2)
    with frozen_at(late):
        escalated = await client.post("/v1/warnings/escalations", headers=COUNTY)
        assert escalated.json()["escalated"] >= 1
        read = (await client.get(f"/v1/warnings/{warning_id}", headers=COUNTY)).json()
        assert read["overdue"] is True and read["escalated_to"] == "431028"
        listed = await client.get(
            "/v1/warnings",
            params={"escalated": "true", "overdue": "true", "limit": 500},
            headers=COUNTY,
        )
        assert warning_id in [w["id"] for w in listed.json()]
    assert (await client.post("/v1/warnings/escalations", headers=TOWN)).status_code == 403


async def test_confirming_an_exit_review_asks_intake_for_a_recheck(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]
) -> None:
    head = person(date(1975, 1, 1))
    household_id = str(uuid.uuid4())
    enrolled = {
        "id": str(uuid.uuid4()),
        "topic": "household.enrolled",
        "source": "intake",
        "occurred_at": datetime.now(UTC).isoformat(),
        "payload": {
            "household_id": household_id,
            "application_id": str(uuid.uuid4()),
            "region_code": "431028206",
            "schemes": ["minimum_living"],
            "thresholds": {
                "per_capita_monthly_income_yuan": "500.00",
                "assets_total_yuan": "30000.00",
            },
            "members": [{"id_number": head}],
        },
    }
    assert (
        await client.post("/internal/events", json=enrolled, headers=SERVICE)
    ).status_code == 200
    deposit = {
        "source": "banks",
        "source_record_id": uuid.uuid4().hex,
        "id_number": head,
        "kind": "asset",
        "type": "deposit",
        "amount_yuan": "88000.00",
        "date": (today_in_china() - timedelta(days=2)).isoformat(),
    }
    assert (await client.post("/v1/records", json=deposit, headers=MEDICAL)).status_code == 201
    listed = (await client.get("/v1/warnings", params={"limit": 500}, headers=TOWN)).json()
    [warning] = [w for w in listed if w["household"]["household_id"] == household_id]
    assert warning["rule_code"] == "exit_review_assets"
    for state in ("dispatched", "visiting", "confirmed"):
        assert (await move(client, warning["id"], state)).status_code == 200
    [event] = await outbox_for(sessions, "exit_review.requested", warning["id"])
    assert event["household_id"] == household_id
    assert "88000.00" in event["reason_zh"] and "30000.00" in event["reason_zh"]
    assert await outbox_for(sessions, "warning.confirmed", warning["id"]) == []


async def test_statistics_are_scoped_and_validated(client: httpx.AsyncClient) -> None:
    today = today_in_china().isoformat()
    await family_with_big_bills(client)
    province = await client.get(
        "/v1/monitoring/statistics",
        params={"region": "43", "from": today, "to": today},
        headers=ADMIN,
    )
    assert province.status_code == 200
    figures = province.json()
    assert figures["warnings_raised"] >= 1 and figures["by_rule"]["medical_oop_high"] >= 1
    elsewhere = await client.get(
        "/v1/monitoring/statistics",
        params={"region": "43", "from": today, "to": today},
        headers=OTHER,
    )
    assert elsewhere.status_code == 404
    backwards = await client.get(
        "/v1/monitoring/statistics",
        params={"region": "43", "from": today, "to": "2020-01-01"},
        headers=ADMIN,
    )
    assert backwards.status_code == 422 and backwards.json()["errors"][0]["field"] == "to"


async def test_metrics_report_open_warnings_by_severity(client: httpx.AsyncClient) -> None:
    await family_with_big_bills(client)
    text = (await client.get("/metrics")).text
    assert 'jiuzhu_warnings_open{severity="high"}' in text
    assert "jiuzhu_warnings_overdue" in text
