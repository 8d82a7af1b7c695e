"""Case conference (政策会商): invited departments give opinions per scheme; the conclusion joins
the application's review, its timeline and the applicant's plain-language reasons."""

import httpx

from jiuzhu_kit.testing import bearer

CASEWORKER = bearer("caseworker", region="431028", subject="caseworker-anren")
REVIEWER = bearer("reviewer", region="431028", subject="reviewer-anren")
DEPARTMENTS = [
    "veterans_affairs",
    "disabled_persons_federation",
    "medical_insurance",
    "health",
    "rural_revitalization",
    "town",
    "village",
]


async def test_a_conference_records_opinions_and_its_conclusion_joins_the_review(
    client: httpx.AsyncClient, apply
) -> None:
    app = await apply("temporary_expenditure")
    base = f"/v1/applications/{app['id']}/conferences"
    convened = await client.post(
        base, json={"topic": "李建孝家庭救助会商", "departments": DEPARTMENTS}, headers=REVIEWER
    )
    assert convened.status_code == 201, convened.text
    conference = convened.json()["id"]
    for department, scheme, eligible, reason in [
        ("veterans_affairs", "veteran_support", False, "本人非退役军人"),
        ("disabled_persons_federation", "disability_subsidy", False, "残疾等级不符合"),
        ("rural_revitalization", "monitoring", False, "收入高于监测线"),
        ("town", "temporary_expenditure", True, "子女就读大学，刚性支出大"),
    ]:
        recorded = await client.post(
            f"{base}/{conference}/opinions",
            json={
                "department": department,
                "scheme": scheme,
                "eligible": eligible,
                "reason": reason,
            },
            headers=REVIEWER,
        )
        assert recorded.status_code == 201, recorded.text
    uninvited = await client.post(
        f"{base}/{conference}/opinions",
        json={"department": "housing", "scheme": "housing", "eligible": False, "reason": "x"},
        headers=REVIEWER,
    )
    assert uninvited.status_code == 422 and uninvited.json()["errors"][0]["field"] == "department"
    concluded = await client.post(
        f"{base}/{conference}/conclusion",
        json={"conclusion": "不符合退役军人、残疾人和乡村振兴政策；符合支出型临时救助"},
        headers=REVIEWER,
    )
    assert concluded.json()["concluded_at"] is not None
    assert len(concluded.json()["opinions"]) == 4
    late = await client.post(
        f"{base}/{conference}/opinions",
        json={"department": "health", "scheme": "x", "eligible": True, "reason": "x"},
        headers=REVIEWER,
    )
    assert late.status_code == 409
    got = (await client.get(f"/v1/applications/{app['id']}", headers=CASEWORKER)).json()
    assert got["review_conclusion"].startswith("不符合退役军人")
    timeline = (
        await client.get(f"/v1/applications/{app['id']}/timeline", headers=CASEWORKER)
    ).json()
    last = timeline[-1]
    assert last["event"] == "conference_concluded" and "退役军人事务" in last["reason"]
    status = (await client.get(f"/v1/applications/{app['id']}/status", headers=CASEWORKER)).json()
    assert any(r.startswith("政策会商结论") for r in status["reasons_zh"])


async def test_only_reviewers_convene_and_never_on_a_closed_case(
    client: httpx.AsyncClient, apply
) -> None:
    app = await apply()
    base = f"/v1/applications/{app['id']}/conferences"
    body = {"topic": "会商", "departments": ["town", "village"]}
    assert (await client.post(base, json=body, headers=CASEWORKER)).status_code == 403
    await client.post(
        f"/v1/applications/{app['id']}/transitions", json={"to": "withdrawn"}, headers=CASEWORKER
    )
    closed = await client.post(base, json=body, headers=REVIEWER)
    assert closed.status_code == 409 and closed.json()["current_state"] == "withdrawn"
    empty = await client.post(
        f"/v1/applications/{app['id']}/conferences",
        json={"topic": "x", "departments": ["town"]},
        headers=REVIEWER,
    )
    assert empty.status_code == 422  # a conference convenes at least two departments
