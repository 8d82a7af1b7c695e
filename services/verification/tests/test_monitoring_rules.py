"""Monitoring rules are data: shipped in the package, published as versions, validated on load."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
import yaml

from jiuzhu_kit.testing import bearer
from verification.monitoring import rules

CASEWORKER = bearer("caseworker", region="431022")
ADMIN = bearer("admin", subject="rules-admin")


def shipped() -> dict[str, Any]:
    return copy.deepcopy(rules.shipped_document())


def test_the_shipped_rules_cover_every_trigger_of_the_domain() -> None:
    kinds = {r.kind for r in rules.validate(shipped())}
    assert kinds == set(rules.RULE_KINDS)
    medical = next(r for r in rules.validate(shipped()) if r.code == "medical_oop_high")
    assert medical.params["amount_yuan"] == 100000  # case #3: over 100,000 元


async def test_staff_read_the_rules_in_force(client: httpx.AsyncClient) -> None:
    answer = await client.get("/v1/monitoring/rules", headers=CASEWORKER)
    assert answer.status_code == 200
    codes = {r["code"] for r in answer.json()["rules"]}
    assert {"medical_oop_high", "exit_review_income", "disaster"} <= codes
    assert (await client.get("/v1/monitoring/rules")).status_code == 401


def _broken(change: str) -> dict[str, Any]:
    doc = shipped()
    first = doc["rules"][0]
    if change == "undefined field":
        first["threshold"] = 5
    elif change == "undefined parameter":
        first["params"]["amount_yen"] = "1"
    elif change == "negative threshold":
        first["params"]["amount_yuan"] = "-1.00"
    elif change == "overlapping dates":
        later = copy.deepcopy(first)
        later["effective_from"] = "2025-06-01"
        doc["rules"].append(later)
    elif change == "undefined placeholder":
        first["explanation_zh"] = "自付{total_yuan}元，收入{salary}元"
    elif change == "unknown kind":
        first["kind"] = "lottery_win"
    return doc


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ("undefined field", "rules[0].threshold", "not a field"),
        ("undefined parameter", "rules[0].params.amount_yen", "not a parameter"),
        ("negative threshold", "rules[0].params.amount_yuan", "negative"),
        ("overlapping dates", "rules", "overlapping"),
        ("undefined placeholder", "rules[0].explanation_zh", "{salary}"),
        ("unknown kind", "rules[0].kind", "lottery_win"),
    ],
)
async def test_a_broken_rule_document_is_rejected_with_the_reason(
    client: httpx.AsyncClient, change: str, field: str, words: str
) -> None:
    before = (await client.get("/v1/monitoring/rules", headers=ADMIN)).json()["version"]
    answer = await client.post("/v1/monitoring/rules", json=_broken(change), headers=ADMIN)
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert any(e["field"] == field and words in e["message"] for e in problem["errors"]), problem
    after = (await client.get("/v1/monitoring/rules", headers=ADMIN)).json()["version"]
    assert after == before  # nothing was published


async def test_only_admins_publish_rules(client: httpx.AsyncClient) -> None:
    answer = await client.post("/v1/monitoring/rules", json=shipped(), headers=CASEWORKER)
    assert answer.status_code == 403


async def test_a_published_yaml_version_is_in_force_and_a_regional_rule_wins_there(
    client: httpx.AsyncClient,
) -> None:
    doc = shipped()
    regional = copy.deepcopy(next(r for r in doc["rules"] if r["code"] == "school_costs_high"))
    regional.update(region="4401", severity="high")
    regional["params"]["amount_yuan"] = "5000.00"
    doc["rules"].append(regional)
    text = yaml.safe_dump(doc, allow_unicode=True)
    answer = await client.post(
        "/v1/monitoring/rules",
        content=text.encode(),
        headers={**ADMIN, "Content-Type": "application/yaml"},
    )
    assert answer.status_code == 201, answer.text
    published = answer.json()
    now = (await client.get("/v1/monitoring/rules", headers=ADMIN)).json()
    assert now["version"] == published["version"] >= 1
    school = [r for r in now["rules"] if r["code"] == "school_costs_high"]
    assert {r["region"] for r in school} == {"", "4401"}
