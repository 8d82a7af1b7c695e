"""The set-based SQL of screening: INSERT … SELECT … ON CONFLICT DO NOTHING, two statements a run.

Person-level rules: partner records are read once and aggregated per person, every rule's figure
(sums and counts over its window) as a conditional aggregate; only groups some rule could fire on
are kept (HAVING), joined to their household, and each rule is one branch of a UNION ALL over them.
Household-level rules (exit review): the records of enrolled households' members, summed per
household. Only subjects that cross a rule's line come out, as warnings; their evidence (the records
cited) and exact figures are read back through the (person, type, date) index. A scope table
(`screening_scope`, filled by monitoring.scope) limits an incremental screening to the people a write touched and their
households. The same statements run on SQLite and PostgreSQL; only casts and the JSON aggregate
differ. They are assembled from fixed fragments; every value (codes, regions, amounts, dates) is a
bound parameter, hence the S608 exemptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from verification.monitoring.rules import Rule
from verification.records.catalog import EXEMPT_INCOME_TYPES

_WINDOW_EPOCH = date(2000, 1, 1)
_FLOAT_MARGIN = 1  # yuan: far above the rounding of any float sum of money this size

# rule kind → (record kind, record types) it weighs
_PERSON_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "medical_out_of_pocket_amount": ("expenditure", ("medical_out_of_pocket",)),
    "medical_out_of_pocket_share": ("expenditure", ("medical_out_of_pocket",)),
    "school_costs": ("expenditure", ("education",)),
    "serious_illness": ("life_event", ("serious_illness_diagnosis",)),
    "working_age_death_or_disability": ("life_event", ("death", "disability_certificate")),
    "unemployment": ("life_event", ("unemployment",)),
    "disaster": ("life_event", ("disaster",)),
}


@dataclass(frozen=True)
class Window:
    """A rule's window on a screening day: records from `start_on` to `end_on`, keyed by `key`.

    The key is the window-length bucket the day falls in, so screening every day raises a subject
    once per rule and window, not once per day.
    """

    key: date
    start_on: date
    end_on: date

    @classmethod
    def of(cls, rule: Rule, as_of: date) -> Window:
        days = rule.window_days()
        key = as_of - timedelta(days=(as_of - _WINDOW_EPOCH).days % days)
        return cls(key=key, start_on=as_of - timedelta(days=days - 1), end_on=as_of)


class Dialect:
    """Spelling differences between PostgreSQL and SQLite for the screening statements."""

    def __init__(self, name: str) -> None:
        self.postgres = name == "postgresql"

    def p(self, name: str, pg_type: str) -> str:
        # PostgreSQL types a parameter in a SELECT list as text unless told otherwise.
        return f"CAST(:{name} AS {pg_type})" if self.postgres else f":{name}"

    def ids(self, column: str) -> str:
        return (
            f"json_agg({column} ORDER BY {column})"
            if self.postgres
            else f"json_group_array({column})"
        )

    def money(self, value: Decimal) -> Any:
        return value if self.postgres else float(value)

    def stamp(self, value: datetime) -> Any:
        return value if self.postgres else value.replace(tzinfo=None)

    def household_subject(self, alias: str) -> str:
        return f"'household:' || {alias}.household_key"


def _in_list(prefix: str, values: tuple[str, ...], params: dict[str, Any]) -> str:
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return ", ".join(names)


@dataclass(frozen=True)
class _Figure:
    """One conditional aggregate over partner records: which records, from which day."""

    kind: str
    types: tuple[str, ...]  # empty: every type of the kind except `exclude`
    exclude: tuple[str, ...]
    start_on: date


def _figure_of(rule: Rule, window: Window) -> _Figure:
    if rule.kind == "exit_review_income":
        return _Figure("income", (), tuple(sorted(EXEMPT_INCOME_TYPES)), window.start_on)
    if rule.kind == "exit_review_assets":
        return _Figure("asset", (), (), window.start_on)
    record_kind, types = _PERSON_KINDS[rule.kind]
    return _Figure(record_kind, types, (), window.start_on)


def _record_filter(figure: _Figure, j: str, alias: str, params: dict[str, Any]) -> str:
    params[f"f{j}_kind"], params[f"f{j}_from"] = figure.kind, figure.start_on
    test = f"{alias}.kind = :f{j}_kind AND {alias}.effective_on >= :f{j}_from"
    if figure.types:
        test += f" AND {alias}.type IN ({_in_list(f'f{j}_t', figure.types, params)})"
    if figure.exclude:
        test += f" AND {alias}.type NOT IN ({_in_list(f'f{j}_x', figure.exclude, params)})"
    return test


@dataclass
class _Plan:
    """A statement under construction: parameters, figures, UNION ALL branches, pruning tests."""

    d: Dialect
    params: dict[str, Any]
    level: str  # "p" (person) or "h" (household): prefixes its figures' parameters
    figures: list[_Figure] = field(default_factory=list)
    branches: list[str] = field(default_factory=list)
    prune: list[str] = field(default_factory=list)  # HAVING: could any rule hold for the group?

    def figure(self, figure: _Figure) -> int:
        if figure not in self.figures:
            self.figures.append(figure)
        return self.figures.index(figure)

    def test(self, j: int, alias: str) -> str:
        return _record_filter(self.figures[j], f"{self.level}{j}", alias, self.params)

    def total(self, j: int) -> str:
        # Per person, over millions of groups: a float sum (a by-value state, a quarter of the
        # memory of a numeric one) only decides which groups to keep, with a margin; `exact`
        # recomputes the kept ones from their records.
        amount = "CAST(r.amount_yuan AS double precision)" if self.level == "p" else "r.amount_yuan"
        return f"sum(CASE WHEN {self.test(j, 'r')} THEN {amount} END)"

    def exact(self, j: int) -> str:
        """The exact sum of figure j for the person of a `people` row (index lookups)."""
        return (
            "(SELECT sum(e.amount_yuan) FROM partner_record e"  # noqa: S608
            " WHERE e.person_index = s.person_index"
            f" AND {self.test(j, 'e')} AND e.effective_on <= :as_of)"
        )

    def count(self, j: int) -> str:
        return f"sum(CASE WHEN {self.test(j, 'r')} THEN 1 ELSE 0 END)"


def _constants(plan: _Plan, i: int, rule: Rule, window: Window, version: int) -> str:
    """The rule's own columns of a warning row (typed parameters)."""
    d, params = plan.d, plan.params
    params.update(
        {
            f"r{i}_code": rule.code,
            f"r{i}_kind": rule.kind,
            f"r{i}_version": version,
            f"r{i}_severity": rule.severity,
            f"r{i}_key": window.key,
            f"r{i}_from": window.start_on,
            f"r{i}_deadline": window.end_on + timedelta(days=rule.visit_deadline_days),
        }
    )
    return (
        f"{d.p(f'r{i}_code', 'varchar')} AS rule_code, {d.p(f'r{i}_kind', 'varchar')} AS rule_kind,"
        f" {d.p(f'r{i}_version', 'integer')} AS rule_version,"
        f" {d.p(f'r{i}_severity', 'varchar')} AS severity, {d.p(f'r{i}_key', 'date')} AS window_start,"
        f" {d.p(f'r{i}_from', 'date')} AS window_from, {d.p('as_of', 'date')} AS window_to,"
        f" {d.p(f'r{i}_deadline', 'date')} AS deadline_on"
    )


def _where(plan: _Plan, i: int, rule: Rule, alias: str, more_specific: list[str]) -> str:
    params = plan.params
    params[f"r{i}_region"] = f"{rule.region}%"
    statuses = _in_list(f"r{i}_s", rule.statuses, params)
    where = f"{alias}.region_code LIKE :r{i}_region AND {alias}.status IN ({statuses})"
    for k, region in enumerate(more_specific):
        params[f"r{i}_ex{k}"] = f"{region}%"
        where += f" AND {alias}.region_code NOT LIKE :r{i}_ex{k}"
    return where


def _person_branch(
    plan: _Plan, i: int, rule: Rule, window: Window, as_of: date, version: int, more: list[str]
) -> str:
    figure = _figure_of(rule, window)
    j = plan.figure(figure)
    params, d = plan.params, plan.d
    where = _where(plan, i, rule, "x", more)
    if rule.kind in ("medical_out_of_pocket_amount", "school_costs"):
        params[f"r{i}_amount"] = d.money(rule.params["amount_yuan"])
        where += f" AND x.t{j} > :r{i}_amount"
        plan.prune.append(f"{plan.total(j)} > :r{i}_amount - {_FLOAT_MARGIN}")
    elif rule.kind == "medical_out_of_pocket_share":
        params[f"r{i}_share"] = d.money(rule.params["share"])
        where += (
            f" AND x.t{j} > 0 AND x.annual_income_yuan IS NOT NULL"
            f" AND x.t{j} > :r{i}_share * x.annual_income_yuan"
        )
        # No household earns less than the lowest income on record: a bound before the join.
        plan.prune.append(
            f"{plan.total(j)} > :r{i}_share * (SELECT min(mh.annual_income_yuan)"  # noqa: S608
            f" FROM monitored_household mh) - {_FLOAT_MARGIN}"
        )
    else:
        where += f" AND x.n{j} > 0"
        plan.prune.append(f"{plan.count(j)} > 0")
    if rule.kind == "working_age_death_or_disability":
        youngest, oldest = int(rule.params["min_age_years"]), int(rule.params["max_age_years"])
        params[f"r{i}_born_by"] = _years_before(as_of, youngest)
        params[f"r{i}_born_after"] = _years_before(as_of, oldest + 1)
        where += f" AND x.birth_date <= :r{i}_born_by AND x.birth_date > :r{i}_born_after"
    evidence = (
        f"(SELECT {d.ids('e.id')} FROM partner_record e WHERE e.person_index = x.person_index"  # noqa: S608
        f" AND {plan.test(j, 'e')} AND e.effective_on <= :as_of)"
    )
    return (
        f"SELECT x.person_index AS subject_key, x.person_index AS person_index, x.household_key,"  # noqa: S608
        f" x.household_id, x.region_code, {_constants(plan, i, rule, window, version)},"
        f" round(x.t{j}, 2) AS figure_yuan, x.n{j} AS event_count, {evidence} AS evidence"
        f" FROM people x WHERE {where}"
    )


def _household_branch(
    plan: _Plan, i: int, rule: Rule, window: Window, version: int, more: list[str]
) -> str:
    figure = _figure_of(rule, window)
    j = plan.figure(figure)
    params, d = plan.params, plan.d
    where = _where(plan, i, rule, "y", more)
    if rule.kind == "exit_review_income":
        # Counted income over the window, per member and month (a month = 365/12 days).
        months = (Decimal(rule.window_days()) * 12 / 365).quantize(Decimal("0.000001"))
        params[f"r{i}_months"] = d.money(months)
        figure_sql = f"round(y.t{j} / (y.members * :r{i}_months), 2)"
        where += (
            f" AND y.income_threshold_monthly_yuan IS NOT NULL AND y.t{j} >"
            f" y.income_threshold_monthly_yuan * y.members * :r{i}_months"
        )
    else:
        figure_sql = f"round(y.t{j}, 2)"
        where += f" AND y.assets_threshold_yuan IS NOT NULL AND y.t{j} > y.assets_threshold_yuan"
    evidence = (
        f"(SELECT {d.ids('e.id')} FROM partner_record e JOIN monitored_person em"  # noqa: S608
        " ON em.person_index = e.person_index WHERE em.household_key = y.household_key"
        f" AND {plan.test(j, 'e')} AND e.effective_on <= :as_of)"
    )
    return (
        f"SELECT {d.household_subject('y')} AS subject_key, NULL AS person_index, y.household_key,"  # noqa: S608
        f" y.household_id, y.region_code, {_constants(plan, i, rule, window, version)},"
        f" {figure_sql} AS figure_yuan, y.n{j} AS event_count, {evidence} AS evidence"
        f" FROM households y WHERE {where}"
    )


_INSERT = (
    "INSERT INTO monitoring_warning (subject_key, person_index, household_key, household_id,"
    " region_code, assigned_region, rule_code, rule_kind, rule_version, severity, window_start,"
    " window_from, window_to, figure_yuan, event_count, evidence, state, raised_at, deadline_on)"
)
_HITS = (
    " SELECT hits.subject_key, hits.person_index, hits.household_key, hits.household_id,"
    " hits.region_code, substr(hits.region_code, 1, 9), hits.rule_code, hits.rule_kind,"
    " hits.rule_version, hits.severity, hits.window_start, hits.window_from, hits.window_to,"
    " hits.figure_yuan, hits.event_count, hits.evidence, 'new', {now}, hits.deadline_on"
    " FROM ({branches}) hits WHERE true"
    " ON CONFLICT (subject_key, rule_code, window_start) DO NOTHING"
)


def screening_sql(
    active: list[Rule],
    *,
    everything: list[Rule],
    as_of: date,
    version: int,
    now: datetime,
    scoped: bool,
    d: Dialect,
) -> list[tuple[str, dict[str, Any]]]:
    """The statements raising the warnings of every rule in `active`: one for the person-level
    rules, one for the household-level ones (exit review), each reading partner records once.

    `everything` is the whole rule set in force: a rule never applies where a more specific rule of
    its code does.
    """
    params: dict[str, Any] = {"as_of": as_of, "now": d.stamp(now)}
    people, households = _Plan(d, params, "p"), _Plan(d, params, "h")
    for i, rule in enumerate(active):
        more = [
            r.region
            for r in everything
            if r.code == rule.code and r.region != rule.region and r.region.startswith(rule.region)
        ]
        window = Window.of(rule, as_of)
        if rule.kind in ("exit_review_income", "exit_review_assets"):
            households.branches.append(
                _household_branch(households, i, rule, window, version, more)
            )
        else:
            people.branches.append(_person_branch(people, i, rule, window, as_of, version, more))
    statements = []
    if people.branches:
        statements.append((_person_statement(people, scoped), params))
    if households.branches:
        statements.append((_household_statement(households, scoped), params))
    return statements


def _aggregates(plan: _Plan) -> str:
    # Life events are counted; amounts are summed only where a rule weighs them.
    return ", ".join(
        (
            f"{plan.total(j)} AS t{j}, "
            if figure.kind != "life_event"
            else f"CAST(NULL AS numeric) AS t{j}, "
        )
        + f"{plan.count(j)} AS n{j}"
        for j, figure in enumerate(plan.figures)
    )


def _person_statement(plan: _Plan, scoped: bool) -> str:
    """Per person: aggregate, keep only groups some rule could fire on, then join the household."""
    filters = " OR ".join(f"({plan.test(j, 'r')})" for j in range(len(plan.figures)))
    scope = " AND r.person_index IN (SELECT person_index FROM screening_scope)" if scoped else ""
    columns = ", ".join(
        (f"{plan.exact(j)} AS t{j}" if figure.kind != "life_event" else f"s.t{j}") + f", s.n{j}"
        for j, figure in enumerate(plan.figures)
    )
    return (
        f"{_INSERT} WITH sums AS (SELECT r.person_index, {_aggregates(plan)}"  # noqa: S608
        f" FROM partner_record r WHERE r.effective_on <= :as_of AND ({filters}){scope}"
        f" GROUP BY r.person_index HAVING {' OR '.join(plan.prune)}),"
        " people AS (SELECT p.person_index, p.birth_date, h.household_key, h.household_id,"
        f" h.region_code, h.status, h.annual_income_yuan, {columns} FROM sums s"
        " JOIN monitored_person p ON p.person_index = s.person_index"
        " JOIN monitored_household h ON h.household_key = p.household_key)"
        + _HITS.format(
            now=plan.d.p("now", "timestamptz"), branches=" UNION ALL ".join(plan.branches)
        )
    )


def _household_statement(plan: _Plan, scoped: bool) -> str:
    """Per enrolled household: its members' records summed, with its size for per-capita figures."""
    filters = " OR ".join(f"({plan.test(j, 'r')})" for j in range(len(plan.figures)))
    scope = " AND m.person_index IN (SELECT person_index FROM screening_scope)" if scoped else ""
    return (
        f"{_INSERT} WITH households AS (SELECT h.household_key, h.household_id,"  # noqa: S608
        " h.region_code, h.status, h.income_threshold_monthly_yuan, h.assets_threshold_yuan,"
        " (SELECT count(*) FROM monitored_person c WHERE c.household_key = h.household_key)"
        f" AS members, {_aggregates(plan)} FROM monitored_household h"
        " JOIN monitored_person m ON m.household_key = h.household_key"
        " JOIN partner_record r ON r.person_index = m.person_index"
        f" WHERE h.status = 'enrolled' AND r.effective_on <= :as_of AND ({filters}){scope}"
        " GROUP BY h.household_key, h.household_id, h.region_code, h.status,"
        " h.income_threshold_monthly_yuan, h.assets_threshold_yuan)"
        + _HITS.format(
            now=plan.d.p("now", "timestamptz"), branches=" UNION ALL ".join(plan.branches)
        )
    )


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
