"""The economic-status computation: pure functions from a household snapshot and partner records.

Income per member and type (exempt types listed but not counted, income prorated to the period),
per-capita monthly income over counted members (共同生活家庭成员), assets by type against limits,
rigid expenditure over the 12 months ending with the period and its share of income, verified life
events, and declared-versus-verified differences. Every line cites the record and source.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol

from jiuzhu_kit import resident_id
from verification.checks.schemas import CheckRequest, Member
from verification.records import catalog

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
SUDDEN_WINDOW_DAYS = 90
SUDDEN_EVENTS = {"death": "death", "disaster": "disaster", "serious_illness_diagnosis": "illness"}


class RecordLike(Protocol):
    id: Any
    source: str
    source_record_id: str
    person_index: str
    kind: str
    type: str
    amount_yuan: Decimal | None
    effective_on: date
    period_from: date | None
    period_to: date | None
    attributes: str | None


@dataclass(frozen=True)
class Tolerance:
    ratio: Decimal
    yuan: Decimal

    def exceeded(self, declared: Decimal, verified: Decimal) -> bool:
        allowed = max(self.yuan, self.ratio * max(declared, verified))
        return abs(declared - verified) > allowed


@dataclass
class CheckOutcome:
    conclusion: str
    summary: dict[str, Any]
    report: dict[str, Any]
    facts: dict[str, Any]
    discrepancies: list[dict[str, Any]] = field(default_factory=list)


def money(value: Decimal) -> str:
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def months_in(start: date, end: date) -> Decimal:
    """Whole calendar months when the period is month-aligned, else days / (365.25 / 12)."""
    after = end + timedelta(days=1)
    if start.day == 1 and after.day == 1:
        return Decimal((after.year - start.year) * 12 + after.month - start.month)
    return (Decimal((after - start).days) / Decimal("30.4375")).quantize(Decimal("0.0001"))


def _cite(record: RecordLike) -> dict[str, Any]:
    return {
        "record_id": record.id,
        "source": record.source,
        "source_record_id": record.source_record_id,
    }


def _overlap_share(record: RecordLike, start: date, end: date) -> Decimal:
    p_from, p_to = (
        record.period_from or record.effective_on,
        record.period_to or record.effective_on,
    )
    days = (p_to - p_from).days + 1
    overlap = (min(p_to, end) - max(p_from, start)).days + 1
    if overlap <= 0:
        return Decimal(0)
    return Decimal(overlap) / Decimal(days)


def compute(
    request: CheckRequest,
    *,
    members_by_index: dict[str, Member],
    records: list[RecordLike],
    period: tuple[date, date],
    as_of: date,
    tolerance: Tolerance,
    limits: dict[str, Any],
) -> CheckOutcome:
    start, end = period
    by_kind: dict[str, list[RecordLike]] = defaultdict(list)
    for record in records:
        by_kind[record.kind].append(record)
    member_of = {i: m.member_id for i, m in members_by_index.items()}

    # Life events first: a death or a disability certificate changes who counts and how.
    deaths: dict[str, date] = {}
    disability: dict[str, tuple[date, dict[str, Any]]] = {}
    illness: set[str] = set()
    sudden: tuple[date, str] | None = None
    event_lines = []
    for record in sorted(by_kind["life_event"], key=lambda r: r.effective_on):
        if record.effective_on > end:
            continue
        who = record.person_index
        if record.type == "death":
            deaths[who] = record.effective_on
        elif record.type == "disability_certificate" and record.attributes:
            disability[who] = (record.effective_on, json.loads(record.attributes))
        elif record.type == "serious_illness_diagnosis":
            illness.add(who)
        recent = (as_of - record.effective_on).days <= SUDDEN_WINDOW_DAYS
        if (
            record.type in SUDDEN_EVENTS
            and recent
            and (sudden is None or record.effective_on >= sudden[0])
        ):
            sudden = (record.effective_on, SUDDEN_EVENTS[record.type])
        event_lines.append(
            {
                "member_id": member_of[who],
                "type": record.type,
                "date": record.effective_on.isoformat(),
                "attributes": json.loads(record.attributes) if record.attributes else None,
                **_cite(record),
            }
        )

    counted = {
        i
        for i, m in members_by_index.items()
        if m.co_resident and m.exclusion is None and i not in deaths
    }
    size = max(len(counted), 1)
    months = months_in(start, end)

    # Income, prorated to the period; exempt types are shown but not counted.
    income_lines = []
    counted_total = Decimal(0)
    verified_income: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for record in by_kind["income"]:
        portion = _overlap_share(record, start, end)
        if portion == 0 or record.amount_yuan is None:
            continue
        in_period = record.amount_yuan * portion
        exempt = record.type in catalog.EXEMPT_INCOME_TYPES
        member_counts = record.person_index in counted
        counts = member_counts and not exempt
        if counts:
            counted_total += in_period
        verified_income[(record.person_index, record.type)] += in_period
        income_lines.append(
            {
                "member_id": member_of[record.person_index],
                "type": record.type,
                "period_from": (record.period_from or record.effective_on).isoformat(),
                "period_to": (record.period_to or record.effective_on).isoformat(),
                "amount_yuan": money(record.amount_yuan),
                "in_period_yuan": money(in_period),
                "counted": counts,
                "note": "exempt income type (不计入家庭收入)"
                if exempt
                else (None if member_counts else "member not counted in the household"),
                **_cite(record),
            }
        )
    household_monthly = counted_total / months if months else Decimal(0)
    per_capita = household_monthly / size

    # Assets: per member, source and type, the records of the latest as-of date in the period.
    latest: dict[tuple[str, str, str], list[RecordLike]] = {}
    for record in by_kind["asset"]:
        if record.effective_on > end:
            continue
        key = (record.person_index, record.source, record.type)
        current = latest.get(key)
        if current is None or record.effective_on > current[0].effective_on:
            latest[key] = [record]
        elif record.effective_on == current[0].effective_on:
            current.append(record)
    asset_lines = []
    by_type: dict[str, Decimal] = defaultdict(Decimal)
    verified_asset: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    counts_of: dict[str, int] = defaultdict(int)
    for group in latest.values():
        for record in group:
            value = record.amount_yuan or Decimal(0)
            if record.person_index in counted:
                by_type[record.type] += value
                counts_of[record.type] += 1
            verified_asset[(record.person_index, record.type)] += value
            asset_lines.append(
                {
                    "member_id": member_of[record.person_index],
                    "type": record.type,
                    "as_of": record.effective_on.isoformat(),
                    "value_yuan": money(value),
                    "counted": record.person_index in counted,
                    **_cite(record),
                }
            )
    financial = sum((by_type[t] for t in catalog.FINANCIAL_ASSET_TYPES), Decimal(0))
    total_assets = sum(by_type.values(), Decimal(0))
    financial_limit = limits["financial_assets_per_capita_yuan"] * size
    over = []
    if financial > financial_limit:
        over.append(f"financial assets {money(financial)} above limit {money(financial_limit)}")
    if counts_of["vehicle"] > limits["vehicles"]:
        over.append(f"{counts_of['vehicle']} vehicle(s), limit {limits['vehicles']}")
    if counts_of["housing"] > limits["extra_housing"]:
        over.append(f"{counts_of['housing']} extra dwelling(s), limit {limits['extra_housing']}")

    # Rigid expenditure over the 12 months ending with the period (all members: the family pays).
    since = end - timedelta(days=365) + timedelta(days=1)
    spend_lines = []
    spend: dict[str, Decimal] = defaultdict(Decimal)
    for record in by_kind["expenditure"]:
        if not since <= record.effective_on <= end:
            continue
        amount = record.amount_yuan or Decimal(0)
        spend[record.type] += amount
        spend_lines.append(
            {
                "member_id": member_of[record.person_index],
                "type": record.type,
                "date": record.effective_on.isoformat(),
                "amount_yuan": money(amount),
                **_cite(record),
            }
        )
    rigid = sum(spend.values(), Decimal(0))
    annual_income = household_monthly * 12
    share: Decimal | None = None
    if annual_income > 0:
        share = (rigid / annual_income).quantize(Decimal("0.0001"))

    discrepancies = _discrepancies(
        request, verified_income, verified_asset, months, tolerance, members_by_index, counted
    )
    conclusion = (
        "assets_over_limit" if over else ("discrepancies_found" if discrepancies else "consistent")
    )
    summary = {
        "counted_members": len(counted),
        "household_monthly_income_yuan": money(household_monthly),
        "per_capita_monthly_income_yuan": money(per_capita),
        "assets_total_yuan": money(total_assets),
        "financial_assets_yuan": money(financial),
        "rigid_expenditure_12m_yuan": money(rigid),
        "rigid_expenditure_share": None if share is None else str(share),
        "over_limits": over,
        "discrepancies": len(discrepancies),
    }
    facts = {
        "region_code": request.region_code,
        "registration": request.registration,
        "as_of": as_of.isoformat(),
        "members": [
            _member_facts(i, m, as_of, disability, illness, deaths)
            for i, m in members_by_index.items()
        ],
        "income": {
            "household_monthly_yuan": money(household_monthly),
            "per_capita_monthly_yuan": money(per_capita),
        },
        "assets": {
            "total_yuan": money(total_assets),
            "deposits_yuan": money(by_type["deposit"]),
            "vehicles": counts_of["vehicle"],
            "extra_housing": counts_of["housing"],
        },
        "expenditure": {
            "rigid_12m_yuan": money(rigid),
            "medical_oop_12m_yuan": money(spend["medical_out_of_pocket"]),
            "education_12m_yuan": money(spend["education"]),
            "rehabilitation_12m_yuan": money(spend["rehabilitation"]),
        },
        "hardship": {"sudden": sudden is not None, "kind": sudden[1] if sudden else None},
        "current_schemes": [],
    }
    report = {
        "period": {"from": start.isoformat(), "to": end.isoformat(), "months": str(months)},
        "limits": {k: (money(v) if isinstance(v, Decimal) else v) for k, v in limits.items()},
        "tolerance": {"ratio": str(tolerance.ratio), "yuan": money(tolerance.yuan)},
        "income": income_lines,
        "assets": asset_lines,
        "expenditure": spend_lines,
        "life_events": event_lines,
        "discrepancies": discrepancies,
    }
    return CheckOutcome(conclusion, summary, report, facts, discrepancies)


def _discrepancies(
    request: CheckRequest,
    verified_income: dict[tuple[str, str], Decimal],
    verified_asset: dict[tuple[str, str], Decimal],
    months: Decimal,
    tolerance: Tolerance,
    members_by_index: dict[str, Member],
    counted: set[str],
) -> list[dict[str, Any]]:
    """Gaps on what decides eligibility: counted members, counted income types, their assets."""
    index_of = {m.id_number.strip().upper(): i for i, m in members_by_index.items()}
    declared_income: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for item in request.declared.incomes:
        if (i := index_of.get(item.id_number.strip().upper())) is not None:
            declared_income[(i, item.type)] += item.monthly_yuan
    declared_asset: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for asset in request.declared.assets:
        if (i := index_of.get(asset.id_number.strip().upper())) is not None:
            declared_asset[(i, asset.type)] += asset.value_yuan
    found = []
    for key in sorted(set(declared_income) | set(verified_income)):
        if key[0] not in counted or key[1] in catalog.EXEMPT_INCOME_TYPES:
            continue
        declared = declared_income.get(key, Decimal(0))
        verified = verified_income.get(key, Decimal(0)) / months if months else Decimal(0)
        if tolerance.exceeded(declared, verified):
            found.append(_gap("income_monthly", key, declared, verified, members_by_index))
    for key in sorted(set(declared_asset) | set(verified_asset)):
        if key[0] not in counted:
            continue
        declared, verified = declared_asset.get(key, Decimal(0)), verified_asset.get(key, ZERO)
        if tolerance.exceeded(declared, verified):
            found.append(_gap("asset_value", key, declared, verified, members_by_index))
    return found


def _gap(
    what: str,
    key: tuple[str, str],
    declared: Decimal,
    verified: Decimal,
    members_by_index: dict[str, Member],
) -> dict[str, Any]:
    return {
        "item": what,
        "member_id": members_by_index[key[0]].member_id,
        "type": key[1],
        "declared_yuan": money(declared),
        "verified_yuan": money(verified),
        "difference_yuan": money(verified - declared),
    }


def _member_facts(
    index: str,
    member: Member,
    as_of: date,
    disability: dict[str, tuple[date, dict[str, Any]]],
    illness: set[str],
    deaths: dict[str, date],
) -> dict[str, Any]:
    born = member.birth_date or resident_id.parse(member.id_number).birth_date
    age = as_of.year - born.year - ((as_of.month, as_of.day) < (born.month, born.day))
    category, grade = member.disability_category, member.disability_grade
    if index in disability:  # a certificate on record is the verified fact
        category = disability[index][1].get("disability_category")
        grade = disability[index][1].get("disability_grade")
    sex = member.sex or resident_id.parse(member.id_number).sex
    return {
        "person_id": member.member_id,
        "age": age,
        "sex": sex,
        "relation": member.relation,
        "co_resident": member.co_resident,
        "excluded": member.exclusion is not None or index in deaths,
        "deceased": index in deaths,
        "disability_category": category,
        "disability_grade": grade,
        "serious_illness": member.serious_illness or index in illness,
        "chronic_illness": member.chronic_illness,
        "capacity_to_work": member.capacity_to_work,
        "school_stage": member.school_stage,
        "employment": member.employment,
        "veteran": member.veteran,
        "has_able_supporter": member.has_able_supporter,
        "orphan": False,
    }
