"""Screening: the rules raise warnings from partner records, incrementally after each write and in full scans."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from verification.records.rows import today_in_china
from verification.warnings.models import Warning

ADMIN = bearer("admin", subject="admin-1")
SERVICE = bearer("service", subject="intake", kind="service")
MEDICAL = bearer("data_partner", subject="yibao", sources=["medical_insurance"])
LIFE_EVENTS = bearer(
    "data_partner",
    subject="events",
    sources=[
        "health",
        "human_resources",
        "emergency",
        "disability_federation",
        "civil_affairs",
        "tax",
        "banks",
        "education",
    ],
)


def person(region: str, born: date) -> str:
    """A fresh, valid resident ID (random sequence, so tests never collide)."""
    return resident_id.make(region, born, uuid.uuid4().int % 999)


def days_ago(n: int) -> str:
    return (today_in_china() - timedelta(days=n)).isoformat()


async def load(
    client: httpx.AsyncClient, region: str, status: str, members: list[dict[str, Any]], **extra: Any
) -> str:
    key = f"t-{uuid.uuid4().hex[:12]}"
    body = {
        "households": [
            {
                "household_key": key,
                "region_code": region,
                "status": status,
                "members": members,
                **extra,
            }
        ]
    }
    answer = await client.post("/v1/monitoring/population", json=body, headers=ADMIN)
    assert answer.status_code == 200, answer.text
    return key


async def push(
    client: httpx.AsyncClient,
    who: str,
    *,
    source: str = "medical_insurance",
    kind: str = "expenditure",
    type: str = "medical_out_of_pocket",
    amount: str | None = None,
    on: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> int:
    record = {
        "source": source,
        "source_record_id": uuid.uuid4().hex,
        "id_number": who,
        "kind": kind,
        "type": type,
        "date": on or days_ago(10),
        **extra,
    }
    if amount is not None:
        record["amount_yuan"] = amount
    answer = await client.post("/v1/records", json=record, headers=headers or MEDICAL)
    assert answer.status_code in (200, 201), answer.text
    return int(answer.json()["id"])


async def warnings_of(
    client: httpx.AsyncClient, headers: dict[str, str], household_key: str, **params: Any
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    after = 0
    while True:
        page = await client.get(
            "/v1/warnings", params={"after_id": after, "limit": 500, **params}, headers=headers
        )
        assert page.status_code == 200, page.text
        rows = page.json()
        found += [w for w in rows if w["household"]["household_key"] == household_key]
        if len(rows) < 500:
            return found
        after = rows[-1]["id"]


def enrolled_event(household_id: str, region: str, ids: list[str], **thresholds: str) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "topic": "household.enrolled",
        "source": "intake",
        "occurred_at": datetime.now(UTC).isoformat(),
        "payload": {
            "household_id": household_id,
            "application_id": str(uuid.uuid4()),
            "region_code": region,
            "schemes": ["minimum_living"],
            "thresholds": thresholds,
            "members": [{"id_number": i} for i in ids],
        },
    }


XIAO = bearer("caseworker", region="431022")  # 宜章县: 五岭镇 is 431022115
ANREN = bearer("caseworker", region="431028")


async def test_case_3_high_medical_costs_raise_one_warning_for_the_town(
    client: httpx.AsyncClient,
) -> None:
    """Xiao Qingni's husband: 医保 out-of-pocket costs over 100,000 元 (DOMAIN.md case #3)."""
    husband = person("431022", date(1984, 3, 2))
    wife = person("431022", date(1986, 7, 9))
    twins = [person("431022", date(2017, 5, 1)) for _ in range(2)]
    son = person("431022", date(2023, 2, 14))
    key = await load(
        client,
        "431022115",
        "near_subsistence",
        [
            {"id_number": husband, "name": "邓某", "relation": "spouse"},
            {"id_number": wife, "name": "肖青妮", "relation": "head"},
            *({"id_number": t, "name": "邓某某", "relation": "child"} for t in twins),
            {"id_number": son, "name": "邓小某", "relation": "child"},
        ],
        address="宜章县五岭镇分水村",
        registration="rural",
    )
    first = await push(client, husband, amount="60000.00", on=days_ago(100))
    assert await warnings_of(client, XIAO, key) == []  # 60,000 元 is under the line
    second = await push(client, husband, amount="45000.00", on=days_ago(20))

    [warning] = await warnings_of(client, XIAO, key)
    assert warning["rule_code"] == "medical_oop_high"
    assert warning["severity"] == "high"
    assert warning["assigned_region"] == "431022115"
    assert warning["state"] == "new"
    assert warning["figure_yuan"] == "105000.00"
    assert "105000.00" in warning["reason_zh"] and "100000.00" in warning["reason_zh"]
    assert sorted(e["record_id"] for e in warning["evidence"]) == sorted([first, second])
    assert len(warning["household"]["members"]) == 5
    assert all("*" in m["id_number_masked"] for m in warning["household"]["members"])
    deadline = date.fromisoformat(warning["deadline_on"])
    assert deadline == today_in_china() + timedelta(days=7)

    # Another bill in the same window: still one open warning for this person and rule.
    await push(client, husband, amount="3000.00", on=days_ago(5))
    assert len(await warnings_of(client, XIAO, key)) == 1

    # Other counties' caseworkers neither see it nor can open it.
    assert await warnings_of(client, ANREN, key) == []
    hidden = await client.get(f"/v1/warnings/{warning['id']}", headers=ANREN)
    assert hidden.status_code == 404
    seen = await client.get(f"/v1/warnings/{warning['id']}", headers=XIAO)
    assert seen.status_code == 200


async def test_records_of_people_nobody_monitors_raise_nothing_until_they_are_loaded(
    client: httpx.AsyncClient,
) -> None:
    who = person("431028", date(1975, 1, 1))
    await push(client, who, amount="150000.00", on=days_ago(30))
    key = await load(
        client, "431028206", "applicant", [{"id_number": who, "name": "张开发", "relation": "head"}]
    )
    [warning] = await warnings_of(client, ANREN, key)  # the load screened the records already in
    assert warning["rule_code"] == "medical_oop_high"
    assert warning["assigned_region"] == "431028206"


async def test_a_feed_is_screened_for_the_people_it_touched_after_its_ingest(
    client: httpx.AsyncClient,
) -> None:
    ill = person("431028", date(1970, 6, 6))
    key = await load(client, "431028206", "flagged", [{"id_number": ill, "relation": "head"}])
    rows = [
        {
            "source": "health",
            "source_record_id": uuid.uuid4().hex,
            "id_number": ill if i == 3 else person("431028", date(1980, 1, 1 + i)),
            "kind": "life_event",
            "type": "serious_illness_diagnosis",
            "date": days_ago(4),
        }
        for i in range(10)
    ]
    body = "\n".join(json.dumps(r) for r in rows).encode()
    answer = await client.post(
        "/v1/data-feeds",
        params={"wait": "true"},
        content=body,
        headers={**LIFE_EVENTS, "Content-Type": "application/x-ndjson"},
    )
    assert answer.status_code == 201 and answer.json()["status"] == "completed", answer.text
    [warning] = await warnings_of(client, ANREN, key)
    assert warning["rule_code"] == "serious_illness"
    assert warning["event_count"] == 1


async def test_death_of_a_working_age_member_raises_a_warning_and_of_an_old_one_not(
    client: httpx.AsyncClient,
) -> None:
    worker = person("431028", date(today_in_china().year - 40, 3, 3))
    elder = person("431028", date(today_in_china().year - 85, 3, 3))
    key = await load(
        client,
        "431028206",
        "near_subsistence",
        [{"id_number": worker, "relation": "head"}, {"id_number": elder, "relation": "parent"}],
    )
    await push(
        client, elder, source="civil_affairs", kind="life_event", type="death", headers=LIFE_EVENTS
    )
    assert await warnings_of(client, ANREN, key) == []
    await push(
        client, worker, source="civil_affairs", kind="life_event", type="death", headers=LIFE_EVENTS
    )
    [warning] = await warnings_of(client, ANREN, key)
    assert warning["rule_code"] == "working_age_death_or_disability"


async def test_a_full_screening_job_finds_what_no_write_triggered_and_reports_progress(
    client: httpx.AsyncClient,
) -> None:
    victim = person("431028", date(1966, 9, 9))
    key = await load(
        client, "431028206", "return_to_poverty_watch", [{"id_number": victim, "relation": "head"}]
    )
    # A disaster 200 days ago is outside the rule's 30-day window today …
    await push(
        client,
        victim,
        source="emergency",
        kind="life_event",
        type="disaster",
        on=days_ago(200),
        headers=LIFE_EVENTS,
    )
    assert await warnings_of(client, ANREN, key) == []
    # … but inside it for a screening as of a week after it.
    as_of = (today_in_china() - timedelta(days=193)).isoformat()
    reviewer = bearer("reviewer", region="431028")
    started = await client.post(
        "/v1/monitoring/screenings", json={"as_of": as_of}, headers=reviewer
    )
    assert started.status_code == 202, started.text
    job = (
        await client.get(f"/v1/monitoring/screenings/{started.json()['id']}", headers=reviewer)
    ).json()
    assert job["status"] == "completed"
    assert job["rules_done"] == job["rules_total"] > 0
    assert job["warnings_raised"] >= 1
    [warning] = await warnings_of(client, ANREN, key)
    assert warning["rule_code"] == "disaster" and warning["severity"] == "critical"
    # Screening the same day again raises nothing new.
    again = await client.post("/v1/monitoring/screenings", json={"as_of": as_of}, headers=reviewer)
    job = (
        await client.get(f"/v1/monitoring/screenings/{again.json()['id']}", headers=reviewer)
    ).json()
    assert job["status"] == "completed" and len(await warnings_of(client, ANREN, key)) == 1
    caseworker = await client.post("/v1/monitoring/screenings", json={}, headers=ANREN)
    assert caseworker.status_code == 403


async def test_an_enrolled_household_whose_income_rises_gets_an_exit_review(
    client: httpx.AsyncClient,
) -> None:
    head, child = person("431028", date(1979, 4, 4)), person("431028", date(2012, 4, 4))
    household_id = str(uuid.uuid4())
    event = enrolled_event(
        household_id,
        "431028206",
        [head, child],
        per_capita_monthly_income_yuan="600.00",
        assets_total_yuan="40000.00",
    )
    applied = await client.post("/internal/events", json=event, headers=SERVICE)
    assert applied.status_code == 200, applied.text
    for months_back in (1, 4):  # 2 × 9,000 元 a quarter = 18,000 元 over two people in a year
        await push(
            client,
            head,
            source="tax",
            kind="income",
            type="wage",
            amount="9000.00",
            period_from=days_ago(months_back * 30 + 89),
            period_to=days_ago(months_back * 30),
            headers=LIFE_EVENTS,
        )
    [warning] = await warnings_of(client, ANREN, household_id)
    assert warning["rule_code"] == "exit_review_income"
    assert warning["household"]["household_id"] == household_id
    assert warning["figure_yuan"] == "750.00"  # 18,000 / 2 people / 12 months
    assert "750.00" in warning["reason_zh"] and "600.00" in warning["reason_zh"]

    # Once the household has left, exit review no longer applies to it (it is watched instead).
    exited = {
        **event,
        "id": str(uuid.uuid4()),
        "topic": "household.exited",
        "payload": {"household_id": household_id, "application_id": None, "reason": "收入超标"},
    }
    assert (await client.post("/internal/events", json=exited, headers=SERVICE)).status_code == 200
    await push(
        client,
        head,
        source="banks",
        kind="asset",
        type="deposit",
        amount="90000.00",
        headers=LIFE_EVENTS,
    )
    assert [w["rule_code"] for w in await warnings_of(client, ANREN, household_id)] == [
        "exit_review_income"
    ]


async def test_one_warning_per_subject_rule_and_window_is_a_database_constraint(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    def warning() -> Warning:
        return Warning(
            subject_key="same-person",
            household_key="hh",
            region_code="431028206",
            assigned_region="431028206",
            rule_code="disaster",
            rule_kind="disaster",
            rule_version=0,
            severity="critical",
            window_start=date(2026, 1, 1),
            window_from=date(2025, 12, 3),
            window_to=date(2026, 1, 1),
            evidence=[],
            deadline_on=date(2026, 1, 4),
        )

    async with sessions() as session:
        session.add(warning())
        await session.commit()
    async with sessions() as session:
        session.add(warning())
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_a_feed_correcting_a_record_rescreens_its_person(client: httpx.AsyncClient) -> None:
    patient = person("431028", date(1962, 2, 2))
    key = await load(client, "431028206", "flagged", [{"id_number": patient, "relation": "head"}])
    row = {
        "source": "medical_insurance",
        "source_record_id": uuid.uuid4().hex,
        "id_number": patient,
        "kind": "expenditure",
        "type": "medical_out_of_pocket",
        "amount_yuan": "8000.00",
        "date": days_ago(40),
    }
    assert (await client.post("/v1/records", json=row, headers=MEDICAL)).status_code == 201
    assert await warnings_of(client, ANREN, key) == []
    corrected = json.dumps({**row, "amount_yuan": "180000.00"}).encode()  # the same record, fixed
    answer = await client.post(
        "/v1/data-feeds",
        params={"wait": "true"},
        content=corrected,
        headers={**MEDICAL, "Content-Type": "application/x-ndjson"},
    )
    assert answer.json()["records_superseded"] == 1, answer.text
    [warning] = await warnings_of(client, ANREN, key)
    assert warning["rule_code"] == "medical_oop_high" and warning["figure_yuan"] == "180000.00"
