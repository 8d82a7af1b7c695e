"""Policy finds the person (政策找人) and exit review (应退尽退): a confirmed warning opens one
proactive application; new records of an enrolled household start a re-check that may end it."""

import uuid
from datetime import date, timedelta

import httpx

from intake.clock import Clock
from jiuzhu_kit.testing import bearer

CASEWORKER = bearer("caseworker", region="431028", subject="caseworker-anren")
REVIEWER = bearer("reviewer", region="431028", subject="reviewer-anren")


def warning(ids: list[str], household_id: str | None = None) -> dict:
    return {
        "warning_id": str(uuid.uuid4()),
        "rule_code": "medical_oop_over_100k",
        "reason_zh": "医保数据显示自付医疗费用超过10万元",
        "evidence": [{"source": "medical_insurance", "amount_yuan": "110000.00"}],
        "region_code": "431028206",
        "household_id": household_id,
        "household": {
            "region_code": "431028206",
            "address": "牌楼乡柏叶村",
            "registration": "rural",
            "members": [
                {"id_number": n, "name": f"张{i}", "relation": "head" if i == 0 else "child"}
                for i, n in enumerate(ids)
            ],
        },
    }


async def proactive(client: httpx.AsyncClient, warning_id: str) -> list[dict]:
    listed = await client.get("/v1/applications?channel=proactive&limit=200", headers=CASEWORKER)
    return [a for a in listed.json()["items"] if a["warning_id"] == warning_id]


async def test_a_confirmed_warning_opens_one_proactive_draft_creating_the_household(
    client: httpx.AsyncClient, person, send_event, outbox
) -> None:
    ids = [person(date(1975, 4, 2)), person(date(2016, 9, 1)), person(date(2016, 9, 1))]
    alert = warning(ids)
    await send_event("warning.confirmed", alert)
    await send_event("warning.confirmed", alert)  # the same warning under another event id
    [opened] = await proactive(client, alert["warning_id"])
    assert opened["state"] == "draft" and opened["channel"] == "proactive"
    assert opened["consent"] is None
    assert await outbox("check.requested", opened["id"]) == []  # no check without consent
    household = (
        await client.get(f"/v1/households/{opened['household_id']}", headers=CASEWORKER)
    ).json()
    assert [m["id_number"] for m in household["members"]] == ids
    timeline = (
        await client.get(f"/v1/applications/{opened['id']}/timeline", headers=CASEWORKER)
    ).json()
    assert "自付医疗费用超过10万元" in timeline[0]["reason"]
    url = f"/v1/applications/{opened['id']}"
    await client.post(f"{url}/consent", json={"signer_name": "张开发"}, headers=CASEWORKER)
    submitted = await client.post(
        f"{url}/transitions", json={"to": "submitted"}, headers=CASEWORKER
    )
    assert submitted.json()["state"] == "verifying"


async def test_a_warning_on_a_known_household_uses_it_and_a_second_warning_joins_the_case(
    client: httpx.AsyncClient, person, send_event
) -> None:
    ids = [person()]
    first = warning(ids)
    await send_event("warning.confirmed", first)
    [opened] = await proactive(client, first["warning_id"])
    second = warning(ids, household_id=opened["household_id"])
    await send_event("warning.confirmed", second)
    assert await proactive(client, second["warning_id"]) == []
    timeline = (
        await client.get(f"/v1/applications/{opened['id']}/timeline", headers=CASEWORKER)
    ).json()
    assert any(second["warning_id"] in (e["reason"] or "") for e in timeline)


async def enrolled_application(client, apply, send_event, clock: Clock) -> dict:
    app = await apply()
    await send_event(
        "double_check.concluded",
        {
            "application_id": app["id"],
            "check_id": "c",
            "assessment_id": str(uuid.uuid4()),
            "conclusion": "hardship_confirmed",
            "facts": {"income": {}},
            "discrepancies": [],
        },
    )
    await send_event(
        "decision.made",
        {
            "application_id": app["id"],
            "decision_id": str(uuid.uuid4()),
            "plan_id": "p",
            "catalog_version": "1",
            "circle": 2,
            "group": "低保对象",
            "uncovered_needs": [],
            "explanation_zh": "符合低保条件",
            "policies": [{"code": "dibao", "eligible": True, "explanation_zh": "收入低于标准"}],
        },
    )
    for step in ("under_review", "public_notice"):
        await client.post(
            f"/v1/applications/{app['id']}/transitions", json={"to": step}, headers=REVIEWER
        )
    clock.advance(timedelta(days=8))
    for step in ("approved", "enrolled"):
        await client.post(
            f"/v1/applications/{app['id']}/transitions", json={"to": step}, headers=REVIEWER
        )
    return app


async def test_an_exit_review_rechecks_and_ends_the_enrolment_when_no_longer_eligible(
    client: httpx.AsyncClient, apply, send_event, outbox, frozen_clock: Clock
) -> None:
    app = await enrolled_application(client, apply, send_event, frozen_clock)
    review = {
        "warning_id": str(uuid.uuid4()),
        "household_id": app["household_id"],
        "reason_zh": "新的工资收入超过低保标准",
        "evidence": [],
    }
    await send_event("exit_review.requested", review)
    await send_event("exit_review.requested", review)
    assert len(await outbox("check.requested", app["id"])) == 2  # submission + one re-check
    await send_event(
        "double_check.concluded",
        {
            "application_id": app["id"],
            "check_id": "c2",
            "assessment_id": str(uuid.uuid4()),
            "conclusion": "income_above_standard",
            "facts": {},
            "discrepancies": [],
        },
    )
    assert len(await outbox("decision.requested", app["id"])) == 2
    await send_event(
        "decision.made",
        {
            "application_id": app["id"],
            "decision_id": str(uuid.uuid4()),
            "plan_id": "p2",
            "catalog_version": "1",
            "circle": None,
            "group": None,
            "uncovered_needs": [],
            "explanation_zh": "家庭人均收入已超过低保标准",
            "policies": [{"code": "dibao", "eligible": False, "explanation_zh": "收入高于标准"}],
        },
    )
    got = (await client.get(f"/v1/applications/{app['id']}/status", headers=CASEWORKER)).json()
    assert got["state"] == "exited"
    assert any("家庭人均收入已超过低保标准" in r for r in got["reasons_zh"])
    [exit_event] = await outbox("household.exited", app["id"])
    assert "超过低保标准" in exit_event["reason"]


async def test_an_exit_review_that_finds_the_household_still_eligible_keeps_it_enrolled(
    client: httpx.AsyncClient, apply, send_event, outbox, frozen_clock: Clock
) -> None:
    app = await enrolled_application(client, apply, send_event, frozen_clock)
    await send_event(
        "exit_review.requested",
        {"warning_id": "w-keep-" + app["id"], "household_id": app["household_id"]},
    )
    await send_event(
        "double_check.concluded",
        {
            "application_id": app["id"],
            "check_id": "c3",
            "assessment_id": str(uuid.uuid4()),
            "conclusion": "consistent",
            "facts": {},
            "discrepancies": [],
        },
    )
    await send_event(
        "decision.made",
        {
            "application_id": app["id"],
            "decision_id": str(uuid.uuid4()),
            "plan_id": "p3",
            "catalog_version": "1",
            "circle": 2,
            "group": "低保对象",
            "uncovered_needs": [],
            "explanation_zh": "仍符合低保条件",
            "policies": [{"code": "dibao", "eligible": True, "explanation_zh": "收入低于标准"}],
        },
    )
    got = (await client.get(f"/v1/applications/{app['id']}", headers=CASEWORKER)).json()
    assert got["state"] == "enrolled"
    assert await outbox("household.exited", app["id"]) == []


async def test_an_exit_review_without_consent_waits_and_asks_for_none(
    client: httpx.AsyncClient, apply, send_event, outbox, frozen_clock: Clock
) -> None:
    app = await enrolled_application(client, apply, send_event, frozen_clock)
    await client.post(f"/v1/applications/{app['id']}/consent/revoke", json={}, headers=CASEWORKER)
    await send_event(
        "exit_review.requested",
        {"warning_id": "w-" + app["id"], "household_id": app["household_id"]},
    )
    assert len(await outbox("check.requested", app["id"])) == 1
    timeline = (
        await client.get(f"/v1/applications/{app['id']}/timeline", headers=CASEWORKER)
    ).json()
    assert timeline[-1]["event"] == "exit_review_waiting"


async def test_a_warning_whose_household_cannot_be_declared_is_refused_naming_the_field(
    client: httpx.AsyncClient, person
) -> None:
    good = person()
    alert = warning([good[:-1] + ("0" if good[-1] != "0" else "1")])
    alert["household"]["members"].append({"name": "无证件"})
    response = await client.post(
        "/internal/events",
        json={
            "id": str(uuid.uuid4()),
            "topic": "warning.confirmed",
            "source": "verification",
            "occurred_at": "2026-11-28T00:00:00+00:00",
            "payload": alert,
        },
        headers=bearer("service", kind="service"),
    )
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert "household.members.1.id_number" in fields
    assert await proactive(client, alert["warning_id"]) == []
