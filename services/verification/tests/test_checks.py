"""The economic check (信息化核对), home-visit assessments and the double check (双核查)."""

import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer

PARTNER = bearer(
    "data_partner",
    subject="partner-all",
    sources=[
        "human_resources",
        "banks",
        "medical_insurance",
        "education",
        "disability_federation",
        "vehicles",
    ],
)
CASEWORKER = bearer("caseworker", subject="cw-anren-1", region="431028")
OTHER_COUNTY = bearer("caseworker", subject="cw-conghua", region="440117")
SERVICE = bearer("service", subject="intake", kind="service")
PERIOD = {"from": "2025-11-01", "to": "2026-10-31"}
CONSENT = {
    "consent_id": str(uuid.uuid4()),
    "granted_by": "subject",
    "granted_at": "2026-10-30T08:00:00+00:00",
    "scope": ["income", "assets", "expenditure", "life_events"],
}


def new_person(born: date) -> str:
    return resident_id.make("431028", born, uuid.uuid4().int % 997)


def rec(who: str, kind: str, type_: str, **fields: Any) -> dict[str, Any]:
    source = {
        "income": "human_resources",
        "asset": "banks",
        "expenditure": "medical_insurance",
        "life_event": "disability_federation",
    }[kind]
    return {
        "source": fields.pop("source", source),
        "source_record_id": uuid.uuid4().hex,
        "id_number": who,
        "kind": kind,
        "type": type_,
        **fields,
    }


def monthly(who: str, type_: str, amount: str) -> list[dict[str, Any]]:
    months = [(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]
    out = []
    for year, month in months:
        end = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
        out.append(
            rec(
                who,
                "income",
                type_,
                amount_yuan=amount,
                period_from=date(year, month, 1).isoformat(),
                period_to=date.fromordinal(end).isoformat(),
            )
        )
    return out


class Family:
    """A rural household of Anren county: head with a wage, disabled spouse, a pupil, a son away."""

    def __init__(self) -> None:
        self.head = new_person(date(1978, 3, 9))
        self.spouse = new_person(date(1980, 7, 1))
        self.child = new_person(date(2014, 9, 1))
        self.son_away = new_person(date(2001, 1, 20))
        self.application_id = str(uuid.uuid4())
        self.household_id = str(uuid.uuid4())

    def records(self) -> list[dict[str, Any]]:
        return [
            *monthly(self.head, "wage", "2000.00"),
            *monthly(self.spouse, "pension_basic", "150.00"),
            *monthly(self.son_away, "wage", "5000.00"),
            rec(
                self.child,
                "income",
                "scholarship",
                amount_yuan="1000.00",
                period_from="2026-09-01",
                period_to="2026-09-30",
                source="education",
            ),
            rec(self.head, "asset", "deposit", amount_yuan="50000.00", date="2025-01-01"),
            rec(self.head, "asset", "deposit", amount_yuan="30000.00", date="2026-09-30"),
            rec(
                self.head,
                "expenditure",
                "medical_out_of_pocket",
                amount_yuan="110000.00",
                date="2026-05-12",
            ),
            rec(
                self.child,
                "expenditure",
                "education",
                amount_yuan="5000.00",
                date="2026-09-01",
                source="education",
            ),
            rec(
                self.spouse,
                "life_event",
                "disability_certificate",
                date="2019-04-02",
                disability_category="physical",
                disability_grade=2,
            ),
        ]

    def request(self, **changes: Any) -> dict[str, Any]:
        member = {"co_resident": True, "relation": "head"}
        body = {
            "application_id": self.application_id,
            "household_id": self.household_id,
            "household_version": 1,
            "region_code": "431028206",
            "registration": "rural",
            "consent": CONSENT,
            "period": PERIOD,
            "members": [
                {
                    **member,
                    "member_id": "m1",
                    "id_number": self.head,
                    "capacity_to_work": "partial",
                },
                {**member, "member_id": "m2", "id_number": self.spouse, "relation": "spouse"},
                {
                    **member,
                    "member_id": "m3",
                    "id_number": self.child,
                    "relation": "child",
                    "school_stage": "primary",
                },
                {
                    **member,
                    "member_id": "m4",
                    "id_number": self.son_away,
                    "relation": "child",
                    "co_resident": False,
                },
            ],
            "declared": {
                "incomes": [{"id_number": self.head, "type": "wage", "monthly_yuan": "1500.00"}],
                "assets": [{"id_number": self.head, "type": "deposit", "value_yuan": "30000.00"}],
            },
        }
        return {**body, **changes}


async def family_with_records(client: httpx.AsyncClient) -> Family:
    family = Family()
    body = "".join(json.dumps(r) + "\n" for r in family.records()).encode()
    job = await client.post(
        "/v1/data-feeds?wait=true",
        content=body,
        headers={"content-type": "application/x-ndjson", **PARTNER},
    )
    assert job.json()["rows_rejected"] == 0, job.text
    return family


async def test_no_check_without_the_households_consent(client: httpx.AsyncClient) -> None:
    family = Family()
    for consent in (None, {**CONSENT, "scope": ["income"]}):
        refused = await client.post(
            "/v1/checks", json=family.request(consent=consent), headers=CASEWORKER
        )
        assert refused.status_code == 403, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["type"].endswith("consent-required")


async def test_the_report_counts_income_by_rule_and_cites_every_record(
    client: httpx.AsyncClient, outbox: Any
) -> None:
    family = await family_with_records(client)
    response = await client.post("/v1/checks", json=family.request(), headers=CASEWORKER)
    assert response.status_code == 201, response.text
    check = response.json()
    summary = check["summary"]
    # Counted: head, spouse, pupil (the son lives away). Only the head's wage counts:
    # the basic pension and the scholarship are exempt (不计入), the son's wage is outside.
    assert summary["counted_members"] == 3
    assert summary["household_monthly_income_yuan"] == "2000.00"
    assert summary["per_capita_monthly_income_yuan"] == "666.67"
    assert summary["financial_assets_yuan"] == "30000.00"  # the latest balance, not the old one
    assert summary["rigid_expenditure_12m_yuan"] == "115000.00"
    assert Decimal(summary["rigid_expenditure_share"]) == Decimal("4.7917")
    report = check["report"]
    for section in ("income", "assets", "expenditure", "life_events"):
        assert report[section], section
        for line in report[section]:
            assert line["record_id"] and line["source"] and line["source_record_id"]
    exempt = {(i["member_id"], i["type"]) for i in report["income"] if not i["counted"]}
    assert exempt == {("m2", "pension_basic"), ("m3", "scholarship"), ("m4", "wage")}
    assert check["conclusion"] == "discrepancies_found"
    assert report["discrepancies"] == [
        {
            "item": "income_monthly",
            "member_id": "m1",
            "type": "wage",
            "declared_yuan": "1500.00",
            "verified_yuan": "2000.00",
            "difference_yuan": "500.00",
        }
    ]
    assert family.head not in response.text  # resident IDs never appear in a report
    completed = await outbox("check.completed", family.application_id)
    assert [(e["check_id"], e["conclusion"]) for e in completed] == [
        (check["id"], "discrepancies_found")
    ]


async def test_a_recheck_is_a_new_version_and_the_first_report_is_unchanged(
    client: httpx.AsyncClient,
) -> None:
    family = await family_with_records(client)
    first = (await client.post("/v1/checks", json=family.request(), headers=CASEWORKER)).json()
    extra = rec(
        family.head,
        "asset",
        "vehicle",
        amount_yuan="60000.00",
        date="2026-10-01",
        source="vehicles",
    )
    pushed = await client.post("/v1/records", json=extra, headers=PARTNER)
    assert pushed.status_code == 201
    second = (await client.post("/v1/checks", json=family.request(), headers=CASEWORKER)).json()
    assert (first["version"], second["version"]) == (1, 2)
    assert second["conclusion"] == "assets_over_limit"
    again = await client.get(f"/v1/checks/{first['id']}", headers=CASEWORKER)
    assert again.json()["report"] == first["report"]
    assert again.json()["conclusion"] == "discrepancies_found"
    listed = await client.get(
        "/v1/checks", params={"application_id": family.application_id}, headers=CASEWORKER
    )
    assert [c["version"] for c in listed.json()] == [2, 1]  # newest first
    latest = await client.get(
        "/v1/checks", params={"household_id": first["household_id"], "limit": 1}, headers=CASEWORKER
    )
    assert [c["id"] for c in latest.json()] == [second["id"]]


async def test_checks_are_scoped_to_the_callers_region(client: httpx.AsyncClient) -> None:
    family = await family_with_records(client)
    refused = await client.post("/v1/checks", json=family.request(), headers=OTHER_COUNTY)
    assert refused.status_code == 403
    check = (await client.post("/v1/checks", json=family.request(), headers=CASEWORKER)).json()
    hidden = await client.get(f"/v1/checks/{check['id']}", headers=OTHER_COUNTY)
    assert hidden.status_code == 404


def assessment(family: Family, **changes: Any) -> dict[str, Any]:
    body = {
        "application_id": family.application_id,
        "household_id": family.household_id,
        "region_code": "431028206",
        "visited_at": datetime(2026, 11, 2, 2, 30, tzinfo=UTC).isoformat(),
        "investigators": [
            {"subject": "cw-anren-1", "name": "李四", "staff_number": "AR-017"},
            {"subject": "cw-anren-2", "name": "王五"},
        ],
        "items": {
            "housing": {"rating": "poor", "notes": "土坯房, 漏雨"},
            "health": {"rating": "very_poor", "notes": "户主术后在家休养"},
            "capacity_to_work": {"rating": "poor"},
            "living_conditions": {"rating": "poor"},
        },
        "neighbour_interviews": [
            {"interviewee": "赵六", "relation": "neighbour", "summary": "家中长期靠借款看病"}
        ],
        "photos": [
            {
                "file_name": "house.jpg",
                "content_type": "image/jpeg",
                "size_bytes": 204800,
                "sha256": "a" * 64,
                "taken_at": "2026-11-02T02:40:00+00:00",
            }
        ],
        "location": {"latitude": "26.612345", "longitude": "113.270001"},
        "conclusion": "difficulty_confirmed",
        "conclusion_text": "家庭因病致困, 情况属实",
    }
    return {**body, **changes}


async def test_a_home_visit_needs_two_investigators_including_the_recorder(
    client: httpx.AsyncClient,
) -> None:
    family = Family()
    one = assessment(family)
    one["investigators"] = one["investigators"][:1]
    assert (await client.post("/v1/assessments", json=one, headers=CASEWORKER)).status_code == 422
    same = assessment(family)
    same["investigators"] = [same["investigators"][0], same["investigators"][0]]
    refused = await client.post("/v1/assessments", json=same, headers=CASEWORKER)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "investigators"
    stranger = bearer("caseworker", subject="cw-anren-9", region="431028")
    refused = await client.post("/v1/assessments", json=assessment(family), headers=stranger)
    assert refused.status_code == 422
    created = await client.post("/v1/assessments", json=assessment(family), headers=CASEWORKER)
    assert created.status_code == 201, created.text
    body = created.json()
    assert [i["name"] for i in body["investigators"]] == ["李四", "王五"]
    assert body["location"] == {"latitude": "26.612345", "longitude": "113.270001"}
    assert body["double_check_concluded"] is False  # no check yet
    read = await client.get(f"/v1/assessments/{body['id']}", headers=CASEWORKER)
    assert read.json()["items"]["housing"]["rating"] == "poor"


async def test_check_and_visit_together_conclude_the_double_check_with_household_facts(
    client: httpx.AsyncClient, outbox: Any
) -> None:
    family = await family_with_records(client)
    check = (await client.post("/v1/checks", json=family.request(), headers=CASEWORKER)).json()
    assert await outbox("double_check.concluded", family.application_id) == []
    visit = await client.post("/v1/assessments", json=assessment(family), headers=CASEWORKER)
    assert visit.json()["double_check_concluded"] is True
    [concluded] = await outbox("double_check.concluded", family.application_id)
    assert concluded["check_id"] == check["id"]
    assert concluded["assessment_id"] == visit.json()["id"]
    assert concluded["conclusion"] == "needs_review"  # the declared wage was too low
    facts = concluded["facts"]
    assert facts["income"] == {
        "household_monthly_yuan": "2000.00",
        "per_capita_monthly_yuan": "666.67",
    }
    assert facts["expenditure"]["medical_oop_12m_yuan"] == "110000.00"
    spouse = next(m for m in facts["members"] if m["person_id"] == "m2")
    assert (spouse["disability_category"], spouse["disability_grade"]) == ("physical", 2)
    son = next(m for m in facts["members"] if m["person_id"] == "m4")
    assert son["co_resident"] is False


def envelope(topic: str, payload: dict[str, Any]) -> dict[str, Any]:
    """An event as intake's outbox sends it, with an id of its own."""
    return {
        "id": str(uuid.uuid4()),
        "topic": topic,
        "source": "intake",
        "occurred_at": datetime.now(UTC).isoformat(),
        "payload": payload,
    }


async def test_intake_requests_a_check_by_event_applied_once(
    client: httpx.AsyncClient, outbox: Any
) -> None:
    family = await family_with_records(client)
    request = envelope("check.requested", family.request())
    first = await client.post("/internal/events", json=request, headers=SERVICE)
    assert first.json()["applied"] is True, first.text
    repeat = await client.post("/internal/events", json=request, headers=SERVICE)
    assert repeat.json()["duplicate"] is True
    listed = await client.get(
        "/v1/checks", params={"application_id": family.application_id}, headers=CASEWORKER
    )
    assert [c["summary"]["per_capita_monthly_income_yuan"] for c in listed.json()] == ["666.67"]
    assert len(await outbox("check.completed", family.application_id)) == 1

    unconsented = Family()
    request = envelope("check.requested", unconsented.request(consent=None))
    assert (await client.post("/internal/events", json=request, headers=SERVICE)).status_code == 200
    [refusal] = await outbox("check.completed", unconsented.application_id)
    assert (refusal["check_id"], refusal["conclusion"]) == (None, "consent_invalid")


async def test_a_recheck_after_the_visits_concludes_with_the_latest_visit(
    client: httpx.AsyncClient, outbox: Any
) -> None:
    family = await family_with_records(client)
    first = await client.post("/v1/assessments", json=assessment(family), headers=CASEWORKER)
    assert first.json()["double_check_concluded"] is False  # no check yet
    later = assessment(family, conclusion="no_difficulty", conclusion_text="家庭经济条件尚可")
    second = await client.post("/v1/assessments", json=later, headers=CASEWORKER)
    assert second.json()["double_check_concluded"] is False
    for _ in range(2):  # a check, then a re-check: each version concludes with the latest visit
        request = envelope("check.requested", family.request())
        applied = await client.post("/internal/events", json=request, headers=SERVICE)
        assert applied.json()["applied"] is True, applied.text
    concluded = await outbox("double_check.concluded", family.application_id)
    assert [(c["check_version"], c["assessment_id"]) for c in concluded] == [
        (1, second.json()["id"]),
        (2, second.json()["id"]),
    ]
    assert {c["conclusion"] for c in concluded} == {"not_confirmed"}
    completed = await outbox("check.completed", family.application_id)
    assert [c["check_id"] for c in completed] == [c["check_id"] for c in concluded]


async def test_in_a_batch_a_refused_or_invalid_request_does_not_hold_back_the_others(
    client: httpx.AsyncClient, outbox: Any
) -> None:
    first, last = await family_with_records(client), await family_with_records(client)
    unconsented, invalid = Family(), Family()
    bad_members = invalid.request()["members"]
    wrong_check_digit = invalid.spouse[:-1] + ("1" if invalid.spouse[-1] == "0" else "0")
    bad_members[1] = {**bad_members[1], "id_number": wrong_check_digit}

    declared = {
        "household_id": first.household_id,
        "region_code": "431028206",
        "version": 1,
        "member_indexes": [],
    }
    events = [
        envelope("household.declared", declared),
        envelope("check.requested", first.request()),
        envelope("check.requested", unconsented.request(consent=None)),
        envelope("check.requested", invalid.request(members=bad_members)),
        envelope("check.requested", last.request()),
    ]
    answer = await client.post("/internal/events/batch", json={"events": events}, headers=SERVICE)
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == [200, 200, 200, 422, 200]
    assert "1 invalid member" in results[3]["detail"]

    for family in (first, last):
        [completed] = await outbox("check.completed", family.application_id)
        listed = await client.get(
            "/v1/checks", params={"application_id": family.application_id}, headers=CASEWORKER
        )
        [check] = listed.json()
        assert (completed["check_id"], completed["check_version"]) == (check["id"], 1)
        assert check["summary"]["per_capita_monthly_income_yuan"] == "666.67"
    [refusal] = await outbox("check.completed", unconsented.application_id)
    assert (refusal["check_id"], refusal["conclusion"]) == (None, "consent_invalid")
    assert await outbox("check.completed", invalid.application_id) == []
    for family in (unconsented, invalid):
        listed = await client.get(
            "/v1/checks", params={"application_id": family.application_id}, headers=CASEWORKER
        )
        assert listed.json() == []
