"""The workflow: every transition of the state machine, the peers' answers applied once, the
regional timing of public notice and decisions, and the timeline and plain-language status."""

import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from intake.applications import states
from intake.clock import Clock
from jiuzhu_kit.testing import bearer

CASEWORKER = bearer("caseworker", region="431028", subject="caseworker-anren")
REVIEWER = bearer("reviewer", region="431028", subject="reviewer-anren")
ADMIN = bearer("admin", subject="admin-hunan")

FACTS = {
    "region_code": "431028206",
    "registration": "rural",
    "as_of": "2026-11-28",
    "members": [],
    "income": {"household_monthly_yuan": "900.00", "per_capita_monthly_yuan": "450.00"},
    "assets": {
        "total_yuan": "3000.00",
        "deposits_yuan": "3000.00",
        "vehicles": 0,
        "extra_housing": 0,
    },
    "expenditure": {
        "rigid_12m_yuan": "0.00",
        "medical_oop_12m_yuan": "0.00",
        "education_12m_yuan": "0.00",
        "rehabilitation_12m_yuan": "0.00",
    },
    "hardship": {"sudden": False, "kind": None},
    "current_schemes": [],
}


def decision(application_id: str, *, eligible: bool = True) -> dict[str, Any]:
    return {
        "application_id": application_id,
        "decision_id": str(uuid.uuid4()),
        "plan_id": str(uuid.uuid4()),
        "catalog_version": "2026.1",
        "circle": 2,
        "group": "低保对象",
        "policies": [
            {
                "code": "dibao",
                "name_zh": "最低生活保障",
                "name_en": "Minimum living allowance",
                "eligible": eligible,
                "amount_monthly_yuan": "230.00" if eligible else "0.00",
                "amount_once_yuan": "0.00",
                "exclusion_group": None,
                "excluded_by": None,
                "explanation_zh": "家庭人均月收入450元，低于当地低保标准680元"
                if eligible
                else "家庭人均月收入高于当地低保标准",
            }
        ],
        "uncovered_needs": [{"category": "rehabilitation", "text": "康复训练", "urgency": "high"}],
        "explanation_zh": "符合低保条件，按标准差额发放" if eligible else "不符合低保条件",
    }


async def move(
    client: httpx.AsyncClient,
    app_id: str,
    to: str,
    headers=REVIEWER,
    reason: str | None = "审核意见",
) -> httpx.Response:
    return await client.post(
        f"/v1/applications/{app_id}/transitions",
        json={"to": to, "reason": reason},
        headers=headers,
    )


async def drive_to_matched(app: dict, send_event) -> None:
    check_id = str(uuid.uuid4())
    await send_event(
        "check.completed",
        {
            "application_id": app["id"],
            "check_id": check_id,
            "check_version": 1,
            "conclusion": "consistent",
            "summary": "申报与核对一致",
        },
    )
    await send_event(
        "double_check.concluded",
        {
            "application_id": app["id"],
            "check_id": check_id,
            "assessment_id": str(uuid.uuid4()),
            "conclusion": "hardship_confirmed",
            "facts": FACTS,
            "discrepancies": [],
        },
    )
    await send_event("decision.made", decision(app["id"]))


async def test_an_application_goes_from_submission_to_enrolment_and_exit(
    client: httpx.AsyncClient, apply, send_event, outbox, frozen_clock: Clock
) -> None:
    app = await apply()
    assert app["state"] == "verifying"
    await drive_to_matched(app, send_event)
    got = (await client.get(f"/v1/applications/{app['id']}", headers=CASEWORKER)).json()
    assert got["state"] == "matched" and got["check_conclusion"] == "hardship_confirmed"
    [asked] = await outbox("decision.requested", app["id"])
    assert asked["_to"] == "matching" and asked["facts"] == FACTS
    assert (
        asked["kinds"] == ["minimum_living"] and asked["needs"][0]["category"] == "rehabilitation"
    )
    assert (await move(client, app["id"], "under_review")).json()["state"] == "under_review"
    notice = (await move(client, app["id"], "public_notice")).json()
    assert notice["state"] == "public_notice"
    too_early = await move(client, app["id"], "approved")
    assert too_early.status_code == 409 and too_early.json()["current_state"] == "public_notice"
    frozen_clock.advance(timedelta(days=7, minutes=1))
    assert (await move(client, app["id"], "approved")).json()["state"] == "approved"
    [uncovered] = await outbox("needs.uncovered", app["id"])
    assert uncovered["_to"] == "charity" and uncovered["consent_to_share"] is True
    assert uncovered["needs"] == decision(app["id"])["uncovered_needs"]
    assert all("*" in m["name_masked"] for m in uncovered["household"]["members"])
    assert (await move(client, app["id"], "enrolled")).json()["state"] == "enrolled"
    enrolled = [e for e in await outbox("household.enrolled") if e["application_id"] == app["id"]]
    assert enrolled[0]["schemes"] == ["dibao"] and len(enrolled[0]["members"]) == 2
    assert enrolled[0]["thresholds"]["per_capita_monthly_income_yuan"] == "450.00"
    no_reason = await move(client, app["id"], "exited", reason=None)
    assert no_reason.status_code == 422 and no_reason.json()["errors"][0]["field"] == "reason"
    exited = await move(client, app["id"], "exited", reason="家庭收入已超过低保标准")
    assert exited.json()["state"] == "exited"
    assert [e["reason"] for e in await outbox("household.exited", app["id"])] == [
        "家庭收入已超过低保标准"
    ]
    timeline = (
        await client.get(f"/v1/applications/{app['id']}/timeline", headers=CASEWORKER)
    ).json()
    moves = [(e["from_state"], e["to_state"]) for e in timeline if e["event"] == "transition"]
    assert moves == [
        ("draft", "submitted"),
        ("submitted", "verifying"),
        ("verifying", "assessed"),
        ("assessed", "matched"),
        ("matched", "under_review"),
        ("under_review", "public_notice"),
        ("public_notice", "approved"),
        ("approved", "enrolled"),
        ("enrolled", "exited"),
    ]
    assert {e["actor"] for e in timeline} >= {
        "caseworker-anren",
        "reviewer-anren",
        "verification",
        "matching",
    }


@pytest.mark.parametrize("state", [s for s in states.STATES])
def test_every_state_names_its_next_steps_in_chinese(state: str) -> None:
    assert states.STATE_ZH[state] and states.NEXT_STEP_ZH[state]


async def test_a_move_the_graph_lacks_is_a_409_naming_the_state_and_what_is_allowed(
    client: httpx.AsyncClient, apply
) -> None:
    app = await apply()
    refused = await move(client, app["id"], "enrolled")
    assert refused.status_code == 409
    body = refused.json()
    assert body["current_state"] == "verifying"
    assert body["allowed_transitions"] == ["assessed", "rejected", "withdrawn"]
    assert "verifying" in body["detail"]
    by_hand = await move(client, app["id"], "assessed")
    assert by_hand.status_code == 409 and "peer service" in by_hand.json()["detail"]
    unknown = await move(client, app["id"], "paid")
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "to"
    by_caseworker = await move(client, app["id"], "rejected", headers=CASEWORKER)
    assert by_caseworker.status_code == 403
    rejected = await move(client, app["id"], "rejected", reason="经核对，家庭收入超过标准")
    assert rejected.json()["state"] == "rejected"
    closed = await move(client, app["id"], "withdrawn")
    assert closed.status_code == 409 and closed.json()["allowed_transitions"] == []


async def reach(client: httpx.AsyncClient, apply, send_event, state: str) -> str:
    """An application brought to `state` the way the workflow gets there."""
    if state == "draft":
        return str((await apply(submit=False))["id"])
    app = await apply()
    if state == "verifying":
        return str(app["id"])
    await send_event(
        "double_check.concluded",
        {
            "application_id": app["id"],
            "check_id": "c",
            "assessment_id": str(uuid.uuid4()),
            "conclusion": "hardship_confirmed",
            "facts": FACTS,
            "discrepancies": [],
        },
    )
    if state == "assessed":
        return str(app["id"])
    await send_event("decision.made", decision(app["id"]))
    for step in ("under_review", "public_notice"):
        if state == "matched" or (state == "under_review" and step == "public_notice"):
            break
        assert (await move(client, app["id"], step)).status_code == 200
    return str(app["id"])


# "submitted" is left at once for "verifying" (the check is requested in the same transaction).
CLOSING_MOVES = [
    (state, target)
    for state, targets in states.TRANSITIONS.items()
    for target in targets
    if target in ("withdrawn", "rejected") and state != "submitted"
]


@pytest.mark.parametrize(("state", "target"), CLOSING_MOVES)
async def test_an_open_application_can_be_withdrawn_or_rejected(
    client: httpx.AsyncClient, apply, send_event, state: str, target: str
) -> None:
    app_id = await reach(client, apply, send_event, state)
    current = (await client.get(f"/v1/applications/{app_id}", headers=CASEWORKER)).json()
    assert current["state"] == state
    who = CASEWORKER if target == "withdrawn" else REVIEWER
    response = await move(client, app_id, target, headers=who, reason="理由")
    assert response.json()["state"] == target, response.text
    assert response.json()["allowed_transitions"] == []


async def test_an_assessed_application_says_it_waits_for_matching(
    client: httpx.AsyncClient, apply, send_event
) -> None:
    app_id = await reach(client, apply, send_event, "assessed")
    status = (await client.get(f"/v1/applications/{app_id}/status", headers=CASEWORKER)).json()
    assert status["state"] == "assessed" and status["waiting_for"] == "matching"
    assert "自动继续" in status["next_step_zh"]


async def test_peers_answers_are_applied_once_whatever_the_retries(
    client: httpx.AsyncClient, apply, send_event, outbox
) -> None:
    app = await apply()
    concluded = {
        "application_id": app["id"],
        "check_id": "c-1",
        "assessment_id": "a-1",
        "conclusion": "hardship_confirmed",
        "facts": FACTS,
        "discrepancies": [],
    }
    event_id = str(uuid.uuid4())
    first = await send_event("double_check.concluded", concluded, event_id)
    repeat = await send_event("double_check.concluded", concluded, event_id)
    assert first.json()["applied"] and repeat.json()["duplicate"]
    # The same fact under a new event id (a peer that re-sent after losing its record) is a no-op.
    await send_event("double_check.concluded", concluded)
    assert len(await outbox("decision.requested", app["id"])) == 1
    made = decision(app["id"])
    await send_event("decision.made", made)
    await send_event("decision.made", made)
    timeline = (
        await client.get(f"/v1/applications/{app['id']}/timeline", headers=CASEWORKER)
    ).json()
    assert [e["to_state"] for e in timeline].count("matched") == 1
    assert [e["to_state"] for e in timeline].count("assessed") == 1
    unknown = await send_event(
        "check.completed", {"application_id": str(uuid.uuid4()), "check_id": "x", "conclusion": "c"}
    )
    assert unknown.json()["applied"] is True


async def test_emergency_assistance_is_approved_first_and_documented_after(
    client: httpx.AsyncClient, apply, outbox
) -> None:
    app = await apply("temporary_emergency")
    assert "approved" in app["allowed_transitions"]
    approved = (await move(client, app["id"], "approved", reason="火灾，先行救助")).json()
    assert approved["state"] == "approved" and approved["documents_pending"] is True
    assert len(await outbox("needs.uncovered", app["id"])) == 1
    status = (await client.get(f"/v1/applications/{app['id']}/status", headers=CASEWORKER)).json()
    assert "补交" in status["next_step_zh"]
    documented = await client.post(
        f"/v1/applications/{app['id']}/documents",
        json={
            "documents": [
                {
                    "kind": "fire_report",
                    "file_name": "火灾证明.pdf",
                    "media_type": "application/pdf",
                    "size_bytes": 1024,
                    "sha256": "c" * 64,
                }
            ]
        },
        headers=CASEWORKER,
    )
    assert documented.json()["documents_pending"] is False
    ordinary = await apply()
    assert "approved" not in ordinary["allowed_transitions"]
    assert (await move(client, ordinary["id"], "approved")).status_code == 409


async def test_regional_parameters_set_notice_days_and_the_overdue_list(
    client: httpx.AsyncClient, apply, send_event, frozen_clock: Clock
) -> None:
    created = await client.post(
        "/v1/applications/regional-parameters",
        json={
            "region_prefix": "431022",
            "effective_from": "2020-01-01",
            "public_notice_days": 3,
            "decision_time_limit_days": 10,
            "source": "宜章县低保审核确认细则",
        },
        headers=ADMIN,
    )
    assert created.status_code == 201, created.text
    yizhang = bearer("reviewer", region="431022", subject="reviewer-yizhang")
    app = await apply(region="431022115", headers=yizhang)
    other = await apply()
    await drive_to_matched(app, send_event)
    for step in ("under_review", "public_notice"):
        assert (await move(client, app["id"], step, headers=yizhang)).status_code == 200
    frozen_clock.advance(timedelta(days=3, minutes=1))
    approved = await move(client, app["id"], "approved", headers=yizhang)
    assert approved.json()["state"] == "approved"
    late = await apply(region="431022115", headers=yizhang)
    frozen_clock.advance(timedelta(days=10, minutes=1))
    overdue = (await client.get("/v1/applications/overdue", headers=yizhang)).json()["items"]
    assert late["id"] in [a["id"] for a in overdue]
    assert app["id"] not in [a["id"] for a in overdue]  # decided in time
    assert all(a["overdue"] for a in overdue)
    anren = (await client.get("/v1/applications/overdue?limit=200", headers=REVIEWER)).json()
    assert other["id"] not in [a["id"] for a in anren["items"]]  # 30 days by default


async def test_a_new_regional_parameter_applies_to_the_next_submission_at_once(
    client: httpx.AsyncClient, apply
) -> None:
    """Submissions keep the timing they read for a few seconds; setting a parameter drops it."""

    def days_allowed(app: dict[str, Any]) -> float:
        due, submitted = (
            datetime.fromisoformat(app[k]) for k in ("decision_due_at", "submitted_at")
        )
        return (due - submitted) / timedelta(days=1)

    yuhu = bearer("caseworker", region="430302", subject="caseworker-yuhu")
    before = await apply(region="430302001", headers=yuhu)
    created = await client.post(
        "/v1/applications/regional-parameters",
        json={
            "region_prefix": "430302",
            "effective_from": "2020-01-01",
            "public_notice_days": 5,
            "decision_time_limit_days": 17,
            "source": "雨湖区细则",
        },
        headers=ADMIN,
    )
    assert created.status_code == 201, created.text
    after = await apply(region="430302001", headers=yuhu)
    assert days_allowed(before) != 17 and days_allowed(after) == 17


async def test_the_applicant_reads_the_status_and_reasons_in_plain_chinese(
    client: httpx.AsyncClient, apply, send_event
) -> None:
    me = bearer("applicant", subject=f"applicant-{uuid.uuid4().hex[:6]}")
    app = await apply(headers=me)
    status = (await client.get(f"/v1/applications/{app['id']}/status", headers=me)).json()
    assert status["state_zh"] == "核对中" and "核对" in status["next_step_zh"]
    await drive_to_matched(app, send_event)
    status = (await client.get(f"/v1/applications/{app['id']}/status", headers=me)).json()
    assert status["summary_zh"] == "您的最低生活保障（低保）申请已匹配政策。"
    assert "符合低保条件，按标准差额发放" in status["reasons_zh"]
    assert any("低于当地低保标准" in r for r in status["reasons_zh"])
    timeline = await client.get(f"/v1/applications/{app['id']}/timeline", headers=me)
    assert timeline.status_code == 200 and len(timeline.json()) >= 5
