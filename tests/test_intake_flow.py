"""Intake with its peers as real processes: an application waits while verification is down and
continues, without anyone re-submitting, once it is back. Observed through the gateway only."""

import uuid
from datetime import date

import httpx
import pytest

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import Stack, eventually

CASEWORKER = bearer("caseworker", region="431028", subject="caseworker-flow")
OPERATOR = bearer("admin")


def application(seq: int) -> dict:
    born = date(1970, 1, 1)
    return {
        "kind": "minimum_living",
        "household": {
            "region_code": "431028206",
            "address": "牌楼乡柏叶村 5 组",
            "registration": "rural",
            "members": [
                {
                    "name": "张开发",
                    "id_number": resident_id.make("431028", born, seq),
                    "relation": "head",
                    "incomes": [{"type": "business", "monthly_yuan": "800.00"}],
                },
                {
                    "name": "李秀英",
                    "id_number": resident_id.make("431028", date(1972, 3, 3), seq + 1),
                    "relation": "spouse",
                },
            ],
        },
        "needs": [{"category": "basic_living", "text": "生活困难", "urgency": "high"}],
        "consent": {"granted_by": "subject", "signer_name": "张开发"},
    }


async def _status(gateway: httpx.AsyncClient, app_id: str) -> dict:
    response = await gateway.get(f"/v1/applications/{app_id}/status", headers=CASEWORKER)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def _check_arrived(gateway: httpx.AsyncClient, app_id: str) -> bool:
    timeline = await gateway.get(f"/v1/applications/{app_id}/timeline", headers=CASEWORKER)
    return any(e["event"] == "check_completed" for e in timeline.json())


async def test_a_submission_through_the_gateway_gets_its_check_from_verification(
    gateway: httpx.AsyncClient,
) -> None:
    created = await gateway.post(
        "/v1/applications",
        json=application(301),
        headers={**CASEWORKER, "Idempotency-Key": str(uuid.uuid4())},
    )
    assert created.status_code == 201, created.text
    app_id = created.json()["id"]
    await eventually(lambda: _check_arrived(gateway, app_id))
    status = await _status(gateway, app_id)
    assert status["state"] == "verifying" and status["waiting_for"] is None


@pytest.mark.process_control
async def test_a_peer_that_is_down_makes_the_application_wait_and_it_continues_when_back(
    gateway: httpx.AsyncClient, stack: Stack
) -> None:
    stack.stop("verification")
    try:
        key = {**CASEWORKER, "Idempotency-Key": str(uuid.uuid4())}
        created = await gateway.post("/v1/applications", json=application(401), headers=key)
        assert created.status_code == 201, (
            "intake accepts the application while verification is down"
        )
        app_id = created.json()["id"]
        retried = await gateway.post("/v1/applications", json=application(401), headers=key)
        assert retried.json()["id"] == app_id  # a client retry changes nothing

        async with httpx.AsyncClient(base_url=stack.service_url("intake")) as intake:

            async def delivery_failed() -> bool:
                body = (await intake.get("/internal/outbox", headers=OPERATOR)).json()
                return any(
                    e["topic"] == "check.requested" and e["attempts"] >= 1 for e in body["pending"]
                )

            await eventually(delivery_failed)
        waiting = await _status(gateway, app_id)
        assert waiting["state"] == "verifying"
        assert waiting["waiting_for"] == "verification"
        assert "自动继续" in waiting["next_step_zh"]
        assert not await _check_arrived(gateway, app_id)
    finally:
        await stack.start("verification")

    await eventually(lambda: _check_arrived(gateway, app_id), timeout_s=60)
    resumed = await _status(gateway, app_id)
    assert resumed["state"] == "verifying" and resumed["waiting_for"] is None
    timeline = (await gateway.get(f"/v1/applications/{app_id}/timeline", headers=CASEWORKER)).json()
    assert [e["event"] for e in timeline].count("check_completed") == 1


REVIEWER = bearer("reviewer", region="430211", subject="reviewer-tianyuan")
CASEWORKER_TIANYUAN = bearer("caseworker", region="430211", subject="caseworker-tianyuan")


async def test_an_application_goes_from_submission_to_enrolled_with_the_peers_answering(
    gateway: httpx.AsyncClient,
) -> None:
    """Flow 1 of ARCHITECTURE.md end to end: verification checks and concludes the double check,
    matching decides, a reviewer approves after the (here zero-day) public notice, and enrols."""
    notice = await gateway.post(
        "/v1/applications/regional-parameters",
        json={
            "region_prefix": "430211102",
            "effective_from": "2020-01-01",
            "public_notice_days": 0,
            "decision_time_limit_days": 30,
            "source": "测试：公示期为零的乡镇",
        },
        headers={**OPERATOR, "Idempotency-Key": str(uuid.uuid4())},
    )
    assert notice.status_code == 201, notice.text
    doc = application(501)
    doc["household"]["region_code"] = "430211102"
    doc["household"]["members"][0]["disability_category"] = "physical"
    doc["household"]["members"][0]["disability_grade"] = 2
    doc["household"]["members"][0]["capacity_to_work"] = "partial"
    created = await gateway.post(
        "/v1/applications",
        json=doc,
        headers={**CASEWORKER_TIANYUAN, "Idempotency-Key": str(uuid.uuid4())},
    )
    assert created.status_code == 201, created.text
    app = created.json()

    async def state() -> str:
        got = await gateway.get(f"/v1/applications/{app['id']}", headers=CASEWORKER_TIANYUAN)
        return str(got.json()["state"])

    await eventually(lambda: _check_arrived_for(gateway, app["id"], CASEWORKER_TIANYUAN))
    visit = await gateway.post(
        "/v1/assessments",
        json={
            "application_id": app["id"],
            "household_id": app["household_id"],
            "region_code": "430211102",
            "visited_at": "2026-11-20T09:00:00+08:00",
            "investigators": [
                {"subject": "caseworker-tianyuan", "name": "王五"},
                {"subject": "cw-2", "name": "赵六"},
            ],
            "items": {
                k: {"rating": "poor"}
                for k in ("housing", "health", "capacity_to_work", "living_conditions")
            },
            "neighbour_interviews": [
                {"interviewee": "邻居", "relation": "neighbour", "summary": "家庭确实困难"}
            ],
            "conclusion": "difficulty_confirmed",
            "conclusion_text": "生活困难属实",
        },
        headers={**CASEWORKER_TIANYUAN, "Idempotency-Key": str(uuid.uuid4())},
    )
    assert visit.status_code == 201, visit.text

    async def matched() -> bool:
        return await state() == "matched"

    await eventually(matched, timeout_s=60)
    for step in ("under_review", "public_notice", "approved", "enrolled"):
        moved = await gateway.post(
            f"/v1/applications/{app['id']}/transitions",
            json={"to": step, "reason": "审核通过"},
            headers={**REVIEWER, "Idempotency-Key": str(uuid.uuid4())},
        )
        assert moved.status_code == 200, moved.text
    status = (
        await gateway.get(f"/v1/applications/{app['id']}/status", headers=CASEWORKER_TIANYUAN)
    ).json()
    assert status["state"] == "enrolled" and status["reasons_zh"]


async def _check_arrived_for(gateway: httpx.AsyncClient, app_id: str, headers: dict) -> bool:
    timeline = await gateway.get(f"/v1/applications/{app_id}/timeline", headers=headers)
    return any(e["event"] == "check_completed" for e in timeline.json())
