"""Deciding one household: circle and group, every policy with its explanation, 就高, and the plan (一户一策).

The result is plain JSON-able data and depends only on the catalog and the facts, so a replay with the
stored catalog version and facts gives the same result.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from matching.rules.catalog import Catalog, CompiledPolicy, MissingParameter, ResolvedParameter
from matching.rules.facts import FlatHousehold, HouseholdFacts, Need, flatten
from matching.rules.scalar import Env, RuleEvaluationError, ScalarEvaluator

CENT = Decimal("0.01")


class DecisionError(ValueError):
    """The facts cannot be decided under this catalog (a parameter missing for the region, a rule error)."""

    def __init__(self, message: str, field: str = "facts") -> None:
        super().__init__(message)
        self.field = field


def money(value: Any) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _show(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value.quantize(CENT, rounding=ROUND_HALF_UP)) if value % 1 else str(int(value))
    return value


@dataclass
class _Run:
    catalog: Catalog
    flat: FlatHousehold
    household: Env
    persons: list[Env]
    resolved: dict[str, ResolvedParameter]

    def param(self, name: str) -> Any:
        found = self.resolved.get(name)
        if found is None:
            try:
                found = self.catalog.resolve(name, self.flat.region_code, self.flat.as_of)
            except MissingParameter as exc:
                raise DecisionError(str(exc), "facts.region_code") from exc
            self.resolved[name] = found
        return found.value


def annual_value(monthly: Decimal, once: Decimal) -> Decimal:
    """What 就高 compares: a year of the monthly amount plus the one-off amount."""
    return monthly * 12 + once


def decide(catalog: Catalog, facts: HouseholdFacts, needs: list[Need]) -> dict[str, Any]:
    flat = flatten(facts)
    run = _Run(catalog, flat, dict(flat.household), [dict(p) for p in flat.persons], {})
    evaluator = ScalarEvaluator(run.household, run.persons, run.param)
    outcomes: dict[str, dict[str, Any]] = {}
    try:
        for kind, name in catalog.order:
            if kind == "variable":
                var = catalog.variables[name]
                if var.definition.entity == "household":
                    run.household[name] = evaluator.eval(var.formula.root)
                else:
                    for p in run.persons:
                        p[name] = evaluator.eval(var.formula.root, p)
            else:
                outcomes[name] = _evaluate_policy(run, evaluator, catalog.policies[name])
        circle, group, circle_zh = None, None, "不属于三个圈层中的任何一层"
        for rule in catalog.circles:
            if evaluator.eval(rule.expression.root):
                circle, group = rule.rule.circle, rule.rule.group
                circle_zh = f"第{circle}圈层：{rule.rule.name_zh}（{rule.expression.source}）"
                break
    except RuleEvaluationError as exc:
        raise DecisionError(f"a rule could not be computed on these facts: {exc}") from exc
    _take_the_higher(catalog, outcomes)
    policies = [outcomes[code] for code in catalog.policies]
    for outcome in policies:
        outcome["explanation_zh"] = _explain_zh(outcome)
    return {
        "catalog_hash": catalog.hash,
        "region_code": flat.region_code,
        "as_of": flat.as_of.isoformat(),
        "household_size": len(flat.persons),
        "counted_members": [p["person_id"] for p in flat.persons],
        "not_counted_members": flat.not_counted,
        "circle": circle,
        "group": group,
        "circle_explanation_zh": circle_zh,
        "policies": policies,
        "parameters_used": [run.resolved[n].describe() for n in sorted(run.resolved)],
        "plan": _plan(catalog, policies, needs),
    }


def _condition_detail(
    run: _Run, evaluator: ScalarEvaluator, cond: Any, person: Env | None
) -> dict[str, Any]:
    result = bool(evaluator.eval(cond.expression.root, person))
    values: dict[str, Any] = {}
    for n in sorted(cond.expression.names):
        if person is not None and n in person:
            values[n] = _show(person[n])
        elif n in run.household:
            values[n] = _show(run.household[n])
        else:  # a person variable read inside an aggregate: show it per member
            values[n] = {p["person_id"]: _show(p.get(n)) for p in run.persons}
    for n in sorted(cond.params):
        run.param(n)
    return {
        "text_zh": cond.text_zh,
        "expression": cond.expression.source,
        "holds": result,
        "facts": values,
        "parameters": [run.resolved[n].describe() for n in sorted(cond.params)],
    }


def _evaluate_policy(
    run: _Run, evaluator: ScalarEvaluator, policy: CompiledPolicy
) -> dict[str, Any]:
    d = policy.definition
    outcome: dict[str, Any] = {
        "code": d.code,
        "name_zh": d.name_zh,
        "name_en": d.name_en,
        "department": d.department,
        "category": d.category,
        "entity": d.entity,
        "legal_reference": d.legal_reference,
        "required_documents": list(d.required_documents),
        "exclusion_group": d.exclusion_group,
        "in_force": policy.in_force(run.flat.region_code, run.flat.as_of),
        "eligible": False,
        "excluded_by": None,
        "applied": False,
        "amount_monthly_yuan": "0.00",
        "amount_once_yuan": "0.00",
        "beneficiaries": [],
        "conditions": [],
    }
    if not outcome["in_force"]:
        if d.entity == "household":
            run.household[d.code] = False
        for p in run.persons:
            p[d.code] = False
        return outcome
    monthly, once = Decimal(0), Decimal(0)
    if d.entity == "household":
        details = [_condition_detail(run, evaluator, c, None) for c in policy.conditions]
        eligible = all(c["holds"] for c in details)
        run.household[d.code] = eligible
        outcome["conditions"] = details
        if eligible:
            monthly = max(money(evaluator.eval(policy.amount_monthly.root)), Decimal(0))
            once = max(money(evaluator.eval(policy.amount_once.root)), Decimal(0))
    else:
        people = []
        for p in run.persons:
            details = [_condition_detail(run, evaluator, c, p) for c in policy.conditions]
            eligible = all(c["holds"] for c in details)
            p[d.code] = eligible
            entry: dict[str, Any] = {"person_id": p["person_id"], "eligible": eligible}
            if eligible:
                m = max(money(evaluator.eval(policy.amount_monthly.root, p)), Decimal(0))
                o = max(money(evaluator.eval(policy.amount_once.root, p)), Decimal(0))
                monthly, once = monthly + m, once + o
                entry.update(amount_monthly_yuan=str(m), amount_once_yuan=str(o))
            entry["conditions"] = details
            people.append(entry)
        outcome["persons"] = people
        outcome["beneficiaries"] = [e["person_id"] for e in people if e["eligible"]]
        eligible = bool(outcome["beneficiaries"])
    for n in sorted(policy.params):
        run.param(n)
    outcome.update(
        eligible=eligible,
        applied=eligible,
        amount_monthly_yuan=str(money(monthly)),
        amount_once_yuan=str(money(once)),
        parameters=[run.resolved[n].describe() for n in sorted(policy.params)],
    )
    return outcome


def _take_the_higher(catalog: Catalog, outcomes: dict[str, dict[str, Any]]) -> None:
    """就高: in each exclusion group only the eligible policy worth most is applied (catalog order breaks ties)."""
    for codes in catalog.exclusion_groups.values():
        eligible = [c for c in codes if outcomes[c]["eligible"]]
        if len(eligible) < 2:
            continue
        best = max(
            eligible,
            key=lambda c: (
                annual_value(
                    Decimal(outcomes[c]["amount_monthly_yuan"]),
                    Decimal(outcomes[c]["amount_once_yuan"]),
                ),
                -codes.index(c),
            ),
        )
        for c in eligible:
            if c != best:
                outcomes[c].update(applied=False, excluded_by=best)


def _explain_zh(outcome: dict[str, Any]) -> str:
    name = outcome["name_zh"]
    if not outcome["in_force"]:
        return f"{name}：本地区或本日期未实施该政策。"
    if outcome["excluded_by"]:
        return f"{name}：符合条件，但与 {outcome['excluded_by']} 同属互斥组，按就高原则不重复享受。"
    if outcome["entity"] == "household":
        failed = [c["text_zh"] for c in outcome["conditions"] if not c["holds"]]
    else:
        failed = sorted(
            {c["text_zh"] for e in outcome["persons"] for c in e["conditions"] if not c["holds"]}
        )
    if not outcome["eligible"]:
        return f"{name}：不符合。未满足：" + "；".join(failed) + "。"
    parts = [f"{name}：符合"]
    if outcome["entity"] == "person":
        parts.append(f"（受益成员 {', '.join(outcome['beneficiaries'])}）")
    if Decimal(outcome["amount_monthly_yuan"]):
        parts.append(f"，每月 {outcome['amount_monthly_yuan']} 元")
    if Decimal(outcome["amount_once_yuan"]):
        parts.append(f"，一次性 {outcome['amount_once_yuan']} 元")
    return "".join(parts) + "。"


def _plan(catalog: Catalog, policies: list[dict[str, Any]], needs: list[Need]) -> dict[str, Any]:
    applied = [p for p in policies if p["applied"]]
    covered, uncovered = [], []
    for need in needs:
        by = [
            p["code"]
            for p in applied
            if need.category in catalog.policies[p["code"]].definition.covers_needs
            and (
                need.person_id is None
                or p["entity"] == "household"
                or need.person_id in p["beneficiaries"]
            )
        ]
        entry = need.model_dump(mode="json")
        if by:
            covered.append({**entry, "covered_by": by})
        else:
            uncovered.append(entry)
    return {
        "policies": [
            {
                "code": p["code"],
                "name_zh": p["name_zh"],
                "department": p["department"],
                "amount_monthly_yuan": p["amount_monthly_yuan"],
                "amount_once_yuan": p["amount_once_yuan"],
                "beneficiaries": p["beneficiaries"],
                "required_documents": p["required_documents"],
            }
            for p in applied
        ],
        "monthly_total_yuan": str(
            sum((Decimal(p["amount_monthly_yuan"]) for p in applied), Decimal(0))
        ),
        "once_total_yuan": str(sum((Decimal(p["amount_once_yuan"]) for p in applied), Decimal(0))),
        "needs_covered": covered,
        "needs_uncovered": uncovered,
    }
