"""Monitoring rules as data: the kinds a rule may have, and the validation a rule document passes on load.

A document is `{"rules": [...]}` (YAML or JSON). Each rule is dated (`effective_from`, optional
`effective_to`) and regional (`region`, a code prefix; "" = nationwide; the most specific one in force
wins); it has a severity, a visit deadline in days, a Chinese explanation template and parameters
whose names depend on its kind. Anything undefined, overlapping or negative is rejected with the reason.
"""

from __future__ import annotations

import itertools
import string
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

import yaml

from verification.monitoring.models import POPULATION_STATUSES

SEVERITIES = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class RuleKind:
    """What a kind of rule screens for, and the parameters it takes (name → decimal or integer)."""

    description: str
    params: dict[str, str]  # name → "days" | "yuan" | "share" | "years"
    household_level: bool = False
    placeholders: frozenset[str] = frozenset()


_COMMON = frozenset({"window_days", "window_from", "window_to", "event_count"})
RULE_KINDS: dict[str, RuleKind] = {
    "medical_out_of_pocket_amount": RuleKind(
        "医疗自付超额: a person's out-of-pocket medical cost in the window above an amount",
        {"window_days": "days", "amount_yuan": "yuan"},
        placeholders=_COMMON | {"total_yuan", "amount_yuan"},
    ),
    "medical_out_of_pocket_share": RuleKind(
        "医疗自付占比: out-of-pocket medical cost in the window above a share of household income",
        {"window_days": "days", "share": "share"},
        placeholders=_COMMON | {"total_yuan", "share", "annual_income_yuan"},
    ),
    "serious_illness": RuleKind(
        "重特大疾病: a serious-illness diagnosis in the window",
        {"window_days": "days"},
        placeholders=_COMMON,
    ),
    "working_age_death_or_disability": RuleKind(
        "劳动力死亡或新增残疾: death or a new disability certificate of a working-age member",
        {"window_days": "days", "min_age_years": "years", "max_age_years": "years"},
        placeholders=_COMMON | {"min_age_years", "max_age_years"},
    ),
    "unemployment": RuleKind(
        "失业: an unemployment registration in the window", {"window_days": "days"}, False, _COMMON
    ),
    "school_costs": RuleKind(
        "教育支出: education costs in the window above an amount",
        {"window_days": "days", "amount_yuan": "yuan"},
        placeholders=_COMMON | {"total_yuan", "amount_yuan"},
    ),
    "disaster": RuleKind(
        "灾害: a disaster recorded for the person in the window",
        {"window_days": "days"},
        False,
        _COMMON,
    ),
    "exit_review_income": RuleKind(
        "应退尽退 (收入): an enrolled household's counted income per person and month above its threshold",
        {"window_days": "days"},
        household_level=True,
        placeholders=_COMMON | {"monthly_per_capita_yuan", "threshold_yuan"},
    ),
    "exit_review_assets": RuleKind(
        "应退尽退 (资产): an enrolled household's recorded assets above its threshold",
        {"window_days": "days"},
        household_level=True,
        placeholders=_COMMON | {"total_yuan", "threshold_yuan"},
    ),
}
_RULE_FIELDS = {
    "code",
    "kind",
    "region",
    "effective_from",
    "effective_to",
    "severity",
    "visit_deadline_days",
    "statuses",
    "params",
    "explanation_zh",
}
_REQUIRED = ("code", "kind", "effective_from", "severity", "visit_deadline_days", "explanation_zh")


@dataclass(frozen=True)
class Rule:
    """One validated rule."""

    code: str
    kind: str
    region: str
    effective_from: date
    effective_to: date | None
    severity: str
    visit_deadline_days: int
    statuses: tuple[str, ...]
    params: dict[str, Decimal]
    explanation_zh: str

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)

    def window_days(self) -> int:
        return int(self.params["window_days"])


class RuleDocumentInvalid(ValueError):
    """A rule document that breaks the rules; `errors` lists `{field, message}`."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__("; ".join(f"{e['field']}: {e['message']}" for e in errors[:5]))
        self.errors = errors


def parse_document(text: str) -> dict[str, Any]:
    """A YAML (or JSON) rule document as data; unreadable text is invalid, not a crash."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleDocumentInvalid([{"field": "body", "message": f"not YAML: {exc}"}]) from None
    if not isinstance(data, dict):
        raise RuleDocumentInvalid([{"field": "body", "message": "must be a mapping with `rules`"}])
    return _jsonable(data)


def _jsonable(value: Any) -> Any:
    """YAML dates as ISO text, so a document is stored and served as JSON unchanged."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def validate(document: dict[str, Any]) -> list[Rule]:
    """Every rule of a document, or RuleDocumentInvalid naming each problem."""
    errors: list[dict[str, str]] = []
    unknown_top = sorted(set(document) - {"rules"})
    for name in unknown_top:
        errors.append({"field": name, "message": "is not a field of a rule document"})
    raw_rules = document.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        errors.append({"field": "rules", "message": "must be a non-empty list of rules"})
        raise RuleDocumentInvalid(errors)
    rules: list[Rule] = []
    for i, raw in enumerate(raw_rules):
        rule = _rule(raw, f"rules[{i}]", errors)
        if rule is not None:
            rules.append(rule)
    _check_overlaps(rules, errors)
    if errors:
        raise RuleDocumentInvalid(errors)
    return rules


def _rule(raw: Any, at: str, errors: list[dict[str, str]]) -> Rule | None:
    if not isinstance(raw, dict):
        errors.append({"field": at, "message": "must be a mapping"})
        return None
    before = len(errors)
    for name in sorted(set(raw) - _RULE_FIELDS):
        errors.append({"field": f"{at}.{name}", "message": "is not a field of a rule"})
    for name in _REQUIRED:
        if raw.get(name) in (None, ""):
            errors.append({"field": f"{at}.{name}", "message": "is required"})
    if len(errors) > before:
        return None
    kind = RULE_KINDS.get(str(raw["kind"]))
    if kind is None:
        errors.append(
            {
                "field": f"{at}.kind",
                "message": f"{raw['kind']!r} is not one of {sorted(RULE_KINDS)}",
            }
        )
        return None
    region = str(raw.get("region") or "")
    if region and not _region_ok(region):
        errors.append({"field": f"{at}.region", "message": f"{region!r} is not a region code"})
    start, end = _date(raw["effective_from"]), _date(raw.get("effective_to"))
    if start is None:
        errors.append({"field": f"{at}.effective_from", "message": "must be a date (YYYY-MM-DD)"})
    if raw.get("effective_to") is not None and end is None:
        errors.append({"field": f"{at}.effective_to", "message": "must be a date (YYYY-MM-DD)"})
    if start and end and end < start:
        errors.append({"field": f"{at}.effective_to", "message": "is before effective_from"})
    if raw["severity"] not in SEVERITIES:
        errors.append({"field": f"{at}.severity", "message": f"must be one of {list(SEVERITIES)}"})
    deadline = raw["visit_deadline_days"]
    if not isinstance(deadline, int) or isinstance(deadline, bool) or deadline < 1:
        errors.append(
            {"field": f"{at}.visit_deadline_days", "message": "must be a whole number of days ≥ 1"}
        )
    statuses = raw.get("statuses") or (
        ["enrolled"] if kind.household_level else list(POPULATION_STATUSES)
    )
    for status in statuses:
        if status not in POPULATION_STATUSES:
            errors.append(
                {"field": f"{at}.statuses", "message": f"{status!r} is not a population status"}
            )
    if kind.household_level and list(statuses) != ["enrolled"]:
        errors.append(
            {"field": f"{at}.statuses", "message": "exit review applies to enrolled only"}
        )
    params = _params(raw.get("params") or {}, kind, f"{at}.params", errors)
    _template(str(raw["explanation_zh"]), kind, f"{at}.explanation_zh", errors)
    if len(errors) > before or start is None or params is None:
        return None
    return Rule(
        code=str(raw["code"]),
        kind=str(raw["kind"]),
        region=region,
        effective_from=start,
        effective_to=end,
        severity=raw["severity"],
        visit_deadline_days=deadline,
        statuses=tuple(statuses),
        params=params,
        explanation_zh=str(raw["explanation_zh"]),
    )


def _params(
    raw: Any, kind: RuleKind, at: str, errors: list[dict[str, str]]
) -> dict[str, Decimal] | None:
    if not isinstance(raw, dict):
        errors.append({"field": at, "message": "must be a mapping"})
        return None
    out: dict[str, Decimal] = {}
    for name in sorted(set(raw) - set(kind.params)):
        errors.append({"field": f"{at}.{name}", "message": "is not a parameter of this kind"})
    for name, unit in kind.params.items():
        if name not in raw:
            errors.append({"field": f"{at}.{name}", "message": "is required for this kind"})
            continue
        try:
            value = Decimal(str(raw[name]))
        except InvalidOperation:
            errors.append({"field": f"{at}.{name}", "message": "must be a number"})
            continue
        if not value.is_finite() or value < 0:
            errors.append({"field": f"{at}.{name}", "message": "must not be negative"})
            continue
        if unit in ("days", "years") and (value != value.to_integral_value() or value == 0):
            errors.append({"field": f"{at}.{name}", "message": f"must be whole {unit} ≥ 1"})
            continue
        out[name] = value
    youngest, oldest = out.get("min_age_years"), out.get("max_age_years")
    if youngest is not None and oldest is not None and oldest < youngest:
        errors.append({"field": f"{at}.max_age_years", "message": "is below min_age_years"})
    return out


def _template(text: str, kind: RuleKind, at: str, errors: list[dict[str, str]]) -> None:
    try:
        names = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError as exc:
        errors.append({"field": at, "message": f"is not a template: {exc}"})
        return
    for name in sorted(names - kind.placeholders):
        errors.append(
            {"field": at, "message": f"uses {{{name}}}, not one of {sorted(kind.placeholders)}"}
        )


def _check_overlaps(rules: list[Rule], errors: list[dict[str, str]]) -> None:
    """Two versions of one rule code for the same region may not be in force on the same day."""
    by_key: dict[tuple[str, str], list[Rule]] = {}
    for rule in rules:
        by_key.setdefault((rule.code, rule.region), []).append(rule)
    for (code, region), group in by_key.items():
        group.sort(key=lambda r: r.effective_from)
        for earlier, later in itertools.pairwise(group):
            if earlier.kind != later.kind:
                errors.append({"field": "rules", "message": f"rule {code} changes kind"})
            if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
                errors.append(
                    {
                        "field": "rules",
                        "message": f"rule {code} for region {region or 'nationwide'!r} has"
                        f" overlapping date ranges (from {earlier.effective_from} and from"
                        f" {later.effective_from})",
                    }
                )


def _region_ok(code: str) -> bool:
    return code.isdigit() and len(code) in (2, 4, 6, 9, 12)


def _date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def in_force(rules: list[Rule], on: date) -> list[Rule]:
    """The rules that apply on a day (a more specific region's rule is applied where it exists)."""
    return [r for r in rules if r.in_force(on)]


@cache
def shipped_document() -> dict[str, Any]:
    """The rule document shipped with the package (`rules.yaml`), used until a version is published."""
    text = resources.files("verification.monitoring").joinpath("rules.yaml").read_text("utf-8")
    return parse_document(text)


def render(template: str, values: dict[str, Any]) -> str:
    """The Chinese explanation of a warning, its placeholders filled from the rule and the figures."""
    return template.format_map({k: ("" if v is None else v) for k, v in values.items()})
