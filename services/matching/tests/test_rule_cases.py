"""Rule tests as data: every case in tests/rules/*.yaml is decided by both back ends and checked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from matching.rules import catalog, engine, population, vectorised
from matching.rules.facts import HouseholdFacts
from tests.rule_cases import load_cases

CASES = load_cases()
SHIPPED = catalog.build(catalog.shipped_document())


def _outcomes(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["code"]: p for p in result["policies"]}


@pytest.mark.parametrize(("name", "facts", "expect"), CASES, ids=[c[0] for c in CASES])
def test_rule_case(name: str, facts: dict[str, Any], expect: dict[str, Any]) -> None:
    household = HouseholdFacts.model_validate(facts)
    if "error" in expect:
        with pytest.raises(engine.DecisionError, match=expect["error"]):
            engine.decide(SHIPPED, household, [])
        return
    result = engine.decide(SHIPPED, household, [])
    outcomes = _outcomes(result)
    for key in ("circle", "group", "household_size"):
        if key in expect:
            assert result[key] == expect[key], f"{key}: {result[key]!r}"
    for code, value in expect.get("eligible", {}).items():
        assert outcomes[code]["eligible"] is value, (
            f"{code} eligible: {outcomes[code]['explanation_zh']}"
        )
    for code, value in expect.get("applied", {}).items():
        assert outcomes[code]["applied"] is value, (
            f"{code} applied: {outcomes[code]['explanation_zh']}"
        )
    for code, value in expect.get("excluded_by", {}).items():
        assert outcomes[code]["excluded_by"] == value
    for code, amounts in expect.get("amounts", {}).items():
        if "monthly" in amounts:
            assert outcomes[code]["amount_monthly_yuan"] == amounts["monthly"], code
        if "once" in amounts:
            assert outcomes[code]["amount_once_yuan"] == amounts["once"], code
    for code, people in expect.get("beneficiaries", {}).items():
        assert outcomes[code]["beneficiaries"] == people, code
    used = {p["name"]: p for p in result["parameters_used"]}
    for parameter, region in expect.get("parameter_regions", {}).items():
        assert used[parameter]["region"] == region

    # The vectorised back end, compiled from the same rules, must reach the same outcome.
    pop = population.from_facts([("case", household)])
    vector = vectorised.evaluate(SHIPPED, pop, household.as_of)
    assert int(vector.circle[0]) == (result["circle"] or 0)
    for code, outcome in outcomes.items():
        assert bool(vector.eligible[code][0]) is outcome["eligible"], code
        assert bool(vector.applied[code][0]) is outcome["applied"], code
        assert abs(
            Decimal(outcome["amount_monthly_yuan"]) - Decimal(f"{vector.monthly[code][0]:.2f}")
        ) <= Decimal("0.01")
        assert abs(
            Decimal(outcome["amount_once_yuan"]) - Decimal(f"{vector.once[code][0]:.2f}")
        ) <= Decimal("0.01")


def test_every_policy_is_tested_eligible_and_not_eligible() -> None:
    seen: dict[str, set[bool]] = {code: set() for code in SHIPPED.policies}
    groups: set[str] = set()
    for _, facts, expect in CASES:
        if "error" in expect:
            continue
        result = engine.decide(SHIPPED, HouseholdFacts.model_validate(facts), [])
        for code, value in expect.get("eligible", {}).items():
            seen[code].add(value)
        for code, people in expect.get("beneficiaries", {}).items():
            seen[code].add(bool(people))
            if len(people) < len(facts["members"]):  # the other members are tested not eligible
                seen[code].add(False)
        for code in expect.get("amounts", {}):
            seen[code].add(True)
        if expect.get("group"):
            groups.add(expect["group"])
        assert result is not None
    untested = {code: sorted(v) for code, v in seen.items() if v != {True, False}}
    assert untested == {}, f"policies not tested both ways: {untested}"
    circle_groups = {c.rule.group for c in SHIPPED.circles}
    assert circle_groups - groups == set(), "every circle group needs a case"


def test_rules_as_of_a_date_before_a_policy_started_do_not_apply_it() -> None:
    facts = dict(CASES[0][1], as_of=str(date(2024, 9, 30)))
    result = engine.decide(SHIPPED, HouseholdFacts.model_validate(facts), [])
    rigid = _outcomes(result)["rigid_expenditure_hardship"]
    assert rigid["in_force"] is False and rigid["eligible"] is False
