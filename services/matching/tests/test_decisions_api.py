"""`/v1/decisions` and `/v1/plans`: explained decisions, stored evidence, deterministic replay, scope."""

from __future__ import annotations

import copy
from typing import Any

import httpx

from jiuzhu_kit.testing import bearer
from tests.rule_cases import load_cases

CASES = {name.split(": ", 1)[1]: facts for name, facts, _ in load_cases()}
XIAO = next(f for n, f in CASES.items() if n.startswith("case 3"))
LI = next(f for n, f in CASES.items() if n.startswith("case 2"))
CASEWORKER_YIZHANG = bearer("caseworker", region="431022")
CASEWORKER_CONGHUA = bearer("caseworker", region="440117")
NEEDS = [
    {"category": "health", "text": "肝癌治疗费用", "urgency": "critical", "person_id": "m2"},
    {"category": "education", "text": "双胞胎上学", "person_id": "m3"},
    {"category": "psychological", "text": "家庭心理疏导"},
    {"category": "rehabilitation", "text": "术后康复", "person_id": "m2"},
]


async def _decide(
    client: httpx.AsyncClient, facts: dict[str, Any], headers: dict[str, str] = CASEWORKER_YIZHANG
) -> httpx.Response:
    return await client.post(
        "/v1/decisions", json={"facts": facts, "needs": NEEDS}, headers=headers
    )


async def test_a_decision_explains_every_policy_with_facts_parameters_and_sources(
    client: httpx.AsyncClient,
) -> None:
    response = await _decide(client, XIAO)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["circle"], body["group"]) == (2, "dibao")
    assert body["catalog_version"] >= 1 and len(body["facts_hash"]) == 64
    policies = {p["code"]: p for p in body["result"]["policies"]}
    dibao = policies["dibao"]
    assert dibao["applied"] and dibao["amount_monthly_yuan"] == "878.25"
    income = dibao["conditions"][0]
    assert income["holds"] is True
    assert income["facts"] == {"dibao_standard": "341.50", "per_capita_income": "200"}
    standard = {p["name"]: p for p in income["parameters"]}["dibao_standard_rural"]
    assert standard["value"] == "341.5" and standard["region"] == "430000"
    assert "湖南省 2018" in standard["source"] and standard["confirmed"] is True
    assert "不符合" in policies["disability_care_subsidy"]["explanation_zh"]
    assert dibao["legal_reference"].startswith("社会救助暂行办法")


async def test_the_plan_covers_needs_by_policy_and_leaves_the_rest_for_charity(
    client: httpx.AsyncClient,
) -> None:
    decided = (await _decide(client, XIAO)).json()
    plan = await client.get(f"/v1/plans/{decided['plan_id']}", headers=CASEWORKER_YIZHANG)
    assert plan.status_code == 200
    body = plan.json()
    covered = {n["category"]: n["covered_by"] for n in body["needs_covered"]}
    assert covered == {"health": ["medical_assistance"], "education": ["education_assistance"]}
    assert {n["category"] for n in body["needs_uncovered"]} == {"psychological", "rehabilitation"}
    codes = [p["code"] for p in body["policies"]]
    assert {"dibao", "medical_assistance", "education_assistance", "employment_assistance"} <= set(
        codes
    )
    assert body["monthly_total_yuan"] == "878.25"


async def test_replay_recomputes_the_same_result_with_the_stored_version_and_facts(
    client: httpx.AsyncClient,
) -> None:
    zhuzhou = bearer("reviewer", region="4302")
    decided = (await _decide(client, LI, zhuzhou)).json()
    replay = await client.get(f"/v1/decisions/{decided['id']}/replay", headers=zhuzhou)
    assert replay.status_code == 200
    body = replay.json()
    assert body["identical"] is True
    assert body["result"] == decided["result"]
    assert body["facts_hash"] == decided["facts_hash"]


async def test_a_fact_a_rule_needs_that_is_missing_is_a_422_naming_it(
    client: httpx.AsyncClient,
) -> None:
    facts = copy.deepcopy(XIAO)
    del facts["members"][1]["disability_grade"]
    del facts["expenditure"]["medical_oop_12m_yuan"]
    response = await _decide(client, facts)
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert fields == {"facts.members.1.disability_grade", "facts.expenditure.medical_oop_12m_yuan"}


async def test_a_region_without_parameters_is_a_422_not_a_500(client: httpx.AsyncClient) -> None:
    facts = dict(XIAO, region_code="110105001")
    response = await client.post(
        "/v1/decisions", json={"facts": facts, "needs": []}, headers=bearer("admin")
    )
    assert response.status_code == 422
    assert "dibao_standard_rural" in response.json()["detail"]
    assert response.json()["errors"][0]["field"] == "facts.region_code"


async def test_decisions_are_scoped_by_region(client: httpx.AsyncClient) -> None:
    decided = (await _decide(client, XIAO)).json()
    elsewhere = await client.get(f"/v1/decisions/{decided['id']}", headers=CASEWORKER_CONGHUA)
    assert elsewhere.status_code == 404
    plan = await client.get(f"/v1/plans/{decided['plan_id']}", headers=CASEWORKER_CONGHUA)
    assert plan.status_code == 404
    listed = await client.get("/v1/decisions?limit=200", headers=CASEWORKER_CONGHUA)
    assert decided["id"] not in [d["id"] for d in listed.json()["items"]]
    mine = await client.get("/v1/decisions?limit=200", headers=CASEWORKER_YIZHANG)
    assert decided["id"] in [d["id"] for d in mine.json()["items"]]
    deciding_elsewhere = await client.post(
        "/v1/decisions", json={"facts": XIAO, "needs": []}, headers=CASEWORKER_CONGHUA
    )
    assert deciding_elsewhere.status_code == 403


async def test_no_token_is_401_and_a_wrong_role_is_403(client: httpx.AsyncClient) -> None:
    assert (await client.post("/v1/decisions", json={"facts": XIAO})).status_code == 401
    partner = await client.post(
        "/v1/decisions", json={"facts": XIAO}, headers=bearer("charity_partner")
    )
    assert partner.status_code == 403
    assert (await client.get("/v1/plans", headers=bearer("applicant"))).status_code == 403
