"""Referrals: the closed loop, holds on stock and capacity, expiry by the clock, guard, consent, scope."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from jiuzhu_kit.testing import bearer

LUSONG_TOWN = "430203001"  # 株洲市芦淞区贺家土街道
ADMIN = bearer("admin")
CASEWORKER = bearer("caseworker", region="430203")


def partner(org: dict) -> dict[str, str]:
    return bearer("charity_partner", organization_id=org["id"])


async def _setup(api: Any, **resource_fields: object) -> tuple[dict, dict, dict]:
    org = await api.organization("charity", "430203", ["430203"])
    resource = await api.resource(org["id"], **resource_fields)
    household = await api.household(LUSONG_TOWN)
    return org, resource, household


async def _propose(client: httpx.AsyncClient, household: dict, resource: dict, **extra: object):
    body = {"need_id": household["needs"][0]["id"], "resource_id": resource["id"]} | extra
    return await client.post("/v1/referrals", json=body, headers=CASEWORKER)


async def test_a_referral_runs_the_closed_loop_and_records_the_service(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org, resource, household = await _setup(api)
    created = await _propose(client, household, resource)
    assert created.status_code == 201, created.text
    referral = created.json()
    assert referral["status"] == "proposed"
    rid = referral["id"]
    steps = [
        ("send", CASEWORKER, "sent"),
        ("accept", partner(org), "accepted"),
        ("start", partner(org), "in_service"),
        ("deliver", partner(org), "delivered"),
        ("confirm", CASEWORKER, "confirmed"),
    ]
    for action, who, expected in steps:
        clock.advance(hours=1)
        response = await client.post(f"/v1/referrals/{rid}/{action}", headers=who)
        assert response.status_code == 200, (action, response.text)
        assert response.json()["status"] == expected
    timeline = response.json()["timeline"]
    assert [t["to_status"] for t in timeline] == [
        "proposed",
        "sent",
        "accepted",
        "in_service",
        "delivered",
        "confirmed",
    ]
    summary = await client.get(
        "/v1/service-records/summary",
        params={"by": "resource", "organization_id": org["id"]},
        headers=partner(org),
    )
    assert summary.json()["rows"] == [{"key": resource["id"], "person_times": 1, "records": 1}]


async def test_transitions_not_allowed_from_the_current_state_are_409_problems(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org, resource, household = await _setup(api)
    rid = (await _propose(client, household, resource)).json()["id"]
    accept_unsent = await client.post(f"/v1/referrals/{rid}/accept", headers=partner(org))
    assert accept_unsent.status_code == 409
    problem = accept_unsent.json()
    assert problem["type"].endswith("/transition-not-allowed")
    assert problem["allowed"] == ["cancel", "send"]
    await client.post(f"/v1/referrals/{rid}/send", headers=CASEWORKER)
    deliver_unaccepted = await client.post(f"/v1/referrals/{rid}/deliver", headers=partner(org))
    assert deliver_unaccepted.status_code == 409
    declined = await client.post(
        f"/v1/referrals/{rid}/decline",
        json={"reason": "no volunteers this month"},
        headers=partner(org),
    )
    assert declined.json()["status"] == "declined"
    assert declined.json()["decline_reason"] == "no volunteers this month"
    again = await client.post(f"/v1/referrals/{rid}/accept", headers=partner(org))
    assert again.status_code == 409 and again.json()["allowed"] == []


async def test_a_decline_needs_a_reason(client: httpx.AsyncClient, api: Any, clock: Any) -> None:
    org, resource, household = await _setup(api)
    rid = (await _propose(client, household, resource)).json()["id"]
    await client.post(f"/v1/referrals/{rid}/send", headers=CASEWORKER)
    response = await client.post(f"/v1/referrals/{rid}/decline", json={}, headers=partner(org))
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["reason"]


async def test_goods_are_reserved_while_pending_and_released_on_decline(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org, resource, household = await _setup(
        api, kind="goods", unit="箱", category="basic_living", benefit_kind="milk"
    )
    await client.post(
        f"/v1/resources/{resource['id']}/lots",
        json={"lot_code": "L1", "quantity": 10, "unit": "箱", "expires_on": "2027-03-01"},
        headers=partner(org),
    )
    household = await api.household(
        LUSONG_TOWN, needs=[{"category": "basic_living", "text": "milk"}]
    )
    too_many = await _propose(client, household, resource, quantity=11)
    assert too_many.status_code == 409
    assert too_many.json()["type"].endswith("/insufficient-stock")
    rid = (await _propose(client, household, resource, quantity=4)).json()["id"]
    held = (await client.get(f"/v1/resources/{resource['id']}", headers=CASEWORKER)).json()
    assert (held["stock_on_hand"], held["stock_reserved"], held["available"]) == (10, 4, 6)
    await client.post(f"/v1/referrals/{rid}/send", headers=CASEWORKER)
    await client.post(
        f"/v1/referrals/{rid}/decline", json={"reason": "out of date lot"}, headers=partner(org)
    )
    released = (await client.get(f"/v1/resources/{resource['id']}", headers=CASEWORKER)).json()
    assert (released["stock_reserved"], released["available"]) == (0, 10)
    ledger = (
        await client.get(f"/v1/resources/{resource['id']}/ledger", headers=partner(org))
    ).json()
    assert [m["movement"] for m in ledger["movements"]] == ["received", "reserved", "released"]


async def test_an_unanswered_referral_expires_by_the_clock_and_releases_capacity(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org, resource, household = await _setup(api, capacity_per_period=1, capacity_period="month")
    rid = (await _propose(client, household, resource)).json()["id"]
    other = await api.household(LUSONG_TOWN)
    full = await _propose(client, other, resource)
    assert full.status_code == 409, "the one place this month is held by the pending referral"
    sent = (await client.post(f"/v1/referrals/{rid}/send", headers=CASEWORKER)).json()
    assert sent["respond_by"] is not None
    clock.advance(hours=71)
    run = await client.post("/v1/referrals/expire-overdue", headers=ADMIN)
    assert rid not in run.json()["expired"]
    clock.advance(hours=2)
    run = await client.post("/v1/referrals/expire-overdue", headers=ADMIN)
    assert rid in run.json()["expired"]
    expired = (await client.get(f"/v1/referrals/{rid}", headers=CASEWORKER)).json()
    assert expired["status"] == "expired" and expired["held_quantity"] == 0
    late = await client.post(f"/v1/referrals/{rid}/accept", headers=partner(org))
    assert late.status_code == 409
    assert (await _propose(client, other, resource)).status_code == 201


async def test_an_overdue_referral_read_before_the_sweep_is_already_expired(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org, resource, household = await _setup(api)
    rid = (await _propose(client, household, resource)).json()["id"]
    await client.post(f"/v1/referrals/{rid}/send", headers=CASEWORKER)
    clock.advance(days=4)
    accept = await client.post(f"/v1/referrals/{rid}/accept", headers=partner(org))
    assert accept.status_code == 409
    assert (await client.get(f"/v1/referrals/{rid}", headers=CASEWORKER)).json()[
        "status"
    ] == "expired"


async def test_the_same_kind_from_two_charities_in_one_month_is_refused(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    _, first, household = await _setup(api, benefit_kind="haircut")
    second_org = await api.organization("volunteer_team", "430203", ["4302"])
    second = await api.resource(second_org["id"], benefit_kind="haircut")
    assert (await _propose(client, household, first)).status_code == 201
    twice = await _propose(client, household, second)
    assert twice.status_code == 409
    assert twice.json()["type"].endswith("/same-kind-this-period")
    ranked = await client.get(
        "/v1/resources/candidates",
        params={"need_id": household["needs"][0]["id"]},
        headers=CASEWORKER,
    )
    blocked = {c["resource_id"]: c["blocked"] for c in ranked.json()["candidates"]}
    assert blocked[second["id"]] is True and blocked[first["id"]] is False


async def test_a_charity_partner_sees_only_referrals_sent_to_it_and_masked_data_with_consent(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org = await api.organization("charity", "430203", ["430203"])
    resource = await api.resource(org["id"])
    members = [
        {
            "name_masked": "曾大明",
            "age": 66,
            "sex": "male",
            "disability_category": "physical",
            "disability_grade": 1,
        },
        {"name_masked": "李小红", "age": 60, "sex": "female"},
    ]
    with_consent = await api.household(
        LUSONG_TOWN,
        members=members,
        needs=[{"category": "care", "text": "visits", "person_index": 0}],
    )
    without = await api.household(LUSONG_TOWN, members=members, consent=False)
    shared = (await _propose(client, with_consent, resource)).json()
    private = (await _propose(client, without, resource)).json()
    seen = (await client.get(f"/v1/referrals/{shared['id']}", headers=partner(org))).json()
    assert seen["household"]["members"] == [
        {
            "name_masked": "曾**",
            "age": 66,
            "sex": "male",
            "disability_category": "physical",
            "disability_grade": 1,
            "serious_illness": False,
        }
    ], "only the member the need concerns, masked"
    hidden = (await client.get(f"/v1/referrals/{private['id']}", headers=partner(org))).json()
    assert hidden["household"] is None
    stranger = bearer("charity_partner", organization_id=str(uuid.uuid4()))
    assert (await client.get(f"/v1/referrals/{shared['id']}", headers=stranger)).status_code == 404
    listed = (await client.get("/v1/referrals", headers=stranger)).json()
    assert listed["total"] == 0
    mine = (await client.get("/v1/referrals", headers=partner(org))).json()
    assert {r["id"] for r in mine["items"]} == {shared["id"], private["id"]}
    outsider = bearer("caseworker", region="440117")
    assert (await client.get(f"/v1/referrals/{shared['id']}", headers=outsider)).status_code == 404


async def test_a_recurring_referral_tracks_each_occurrence(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org, resource, _ = await _setup(
        api, kind="goods", unit="箱", category="basic_living", benefit_kind="milk"
    )
    await client.post(
        f"/v1/resources/{resource['id']}/lots",
        json={"lot_code": "M1", "quantity": 30, "unit": "箱"},
        headers=partner(org),
    )
    household = await api.household(
        LUSONG_TOWN, needs=[{"category": "basic_living", "text": "milk"}]
    )
    created = await _propose(
        client,
        household,
        resource,
        quantity=1,
        recurrence={"every": "week", "count": 26, "start_on": "2026-12-01"},
    )
    assert created.status_code == 201, created.text
    referral = created.json()
    assert len(referral["occurrences"]) == 26
    assert referral["occurrences"][1]["due_on"] == "2026-12-08"
    assert referral["held_quantity"] == 26
    rid = referral["id"]
    for action, who in (("send", CASEWORKER), ("accept", partner(org)), ("start", partner(org))):
        await client.post(f"/v1/referrals/{rid}/{action}", headers=who)
    whole = await client.post(f"/v1/referrals/{rid}/deliver", headers=partner(org))
    assert whole.status_code == 409
    for seq in range(1, 27):
        outcome = "missed" if seq == 5 else "delivered"
        step = await client.post(
            f"/v1/referrals/{rid}/occurrences/{seq}",
            json={"outcome": outcome},
            headers=partner(org),
        )
        assert step.status_code == 200, step.text
    done = step.json()
    assert done["status"] == "delivered" and done["held_quantity"] == 0
    twice = await client.post(f"/v1/referrals/{rid}/occurrences/3", json={}, headers=partner(org))
    assert twice.status_code == 409
    stock = (await client.get(f"/v1/resources/{resource['id']}", headers=CASEWORKER)).json()
    assert (stock["stock_issued"], stock["stock_reserved"], stock["stock_on_hand"]) == (25, 0, 5)


async def test_needs_uncovered_from_intake_are_recorded_once(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    household_id, application_id = str(uuid.uuid4()), str(uuid.uuid4())
    event = {
        "id": str(uuid.uuid4()),
        "topic": "needs.uncovered",
        "source": "intake",
        "occurred_at": "2026-11-28T02:00:00Z",
        "payload": {
            "application_id": application_id,
            "household_id": household_id,
            "region_code": LUSONG_TOWN,
            "needs": [{"category": "psychological", "text": "counseling", "urgency": "high"}],
            "consent_to_share": True,
            "household": {
                "members": [
                    {
                        "name_masked": "曾*",
                        "age": 68,
                        "sex": "male",
                        "disability_category": "physical",
                        "disability_grade": 1,
                        "serious_illness": False,
                    }
                ],
                "circle": 2,
                "group": "dibao",
            },
        },
    }
    service = bearer("service", kind="service")
    first = await client.post("/internal/events", json=event, headers=service)
    assert first.json()["applied"] is True
    redelivered = dict(event, id=str(uuid.uuid4()))  # same business content, new event id
    await client.post("/internal/events", json=redelivered, headers=service)
    household = await client.get(f"/v1/referrals/households/{household_id}", headers=CASEWORKER)
    assert household.status_code == 200
    assert [n["text"] for n in household.json()["needs"]] == ["counseling"]
    open_needs = (await client.get("/v1/referrals/needs", headers=CASEWORKER)).json()
    assert any(n["household_id"] == household_id for n in open_needs)
    bad = dict(event, id=str(uuid.uuid4()), payload={"household_id": "x"})
    assert (await client.post("/internal/events", json=bad, headers=service)).status_code == 422


async def test_the_background_sweeper_expires_overdue_referrals(
    client: httpx.AsyncClient, api: Any, clock: Any, app: Any
) -> None:
    from charity import sweeper

    _, resource, household = await _setup(api)
    rid = (await _propose(client, household, resource)).json()["id"]
    await client.post(f"/v1/referrals/{rid}/send", headers=CASEWORKER)
    clock.advance(hours=72, seconds=1)
    assert await sweeper.sweep_once(app) >= 1
    referral = (await client.get(f"/v1/referrals/{rid}", headers=CASEWORKER)).json()
    assert referral["timeline"][-1] == referral["timeline"][-1] | {
        "to_status": "expired",
        "by": "system",
    }


async def test_the_same_kind_guard_can_be_switched_off(
    client: httpx.AsyncClient, api: Any, clock: Any, app: Any
) -> None:
    _, first, household = await _setup(api, benefit_kind="laundry")
    second_org = await api.organization("volunteer_team", "430203", ["4302"])
    second = await api.resource(second_org["id"], benefit_kind="laundry")
    assert (await _propose(client, household, first)).status_code == 201
    app.state.settings.same_kind_guard_enabled = False
    try:
        assert (await _propose(client, household, second)).status_code == 201
    finally:
        app.state.settings.same_kind_guard_enabled = True


async def test_a_paused_resource_takes_no_referrals(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org, resource, household = await _setup(api)
    paused = await client.patch(
        f"/v1/resources/{resource['id']}", json={"status": "paused"}, headers=partner(org)
    )
    assert paused.json()["status"] == "paused"
    refused = await _propose(client, household, resource)
    assert refused.status_code == 409
    ranked = await client.get(
        "/v1/resources/candidates",
        params={"need_id": household["needs"][0]["id"]},
        headers=CASEWORKER,
    )
    assert resource["id"] not in {c["resource_id"] for c in ranked.json()["candidates"]}
