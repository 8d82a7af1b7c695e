"""The vectorised back end: executes the same rule IR on a whole population at once with numpy.

Household values are arrays over households (H,); member values are (slot, household) matrices (K, H),
so a household value reaches its members by broadcasting and a sum over members is a sum over axis 0.
Parameters are resolved once per distinct region and spread over households.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np

from matching.rules.catalog import Catalog, CompiledPolicy
from matching.rules.document import Bracket
from matching.rules.expression import (
    Aggregate,
    Arith,
    BoolOp,
    Call,
    Compare,
    Const,
    In,
    IsNull,
    Neg,
    Node,
    Not,
    Param,
    Var,
)
from matching.rules.population import Population

Array = Any  # an ndarray, or a scalar that numpy broadcasts


@dataclass
class PopulationResult:
    """Per household: circle (0 = none), group index, and per policy eligibility and amounts."""

    circle: np.ndarray
    group: np.ndarray  # index into `groups`, -1 = none
    groups: list[str]
    eligible: dict[str, np.ndarray] = field(default_factory=dict)
    applied: dict[str, np.ndarray] = field(default_factory=dict)
    monthly: dict[str, np.ndarray] = field(default_factory=dict)
    once: dict[str, np.ndarray] = field(default_factory=dict)
    beneficiaries: dict[str, np.ndarray] = field(default_factory=dict)


_READS_PERSON: dict[Node, bool] = {}


def reads_person(node: Node) -> bool:
    """Whether a node reads a member value outside an aggregate (else it is a household value)."""
    found = _READS_PERSON.get(node)
    if found is None:
        if isinstance(node, Var):
            found = node.entity == "person"
        elif isinstance(node, Aggregate | Const | Param):
            found = False
        elif isinstance(node, Not | Neg | IsNull | In):
            found = reads_person(node.operand)
        elif isinstance(node, BoolOp):
            found = any(reads_person(o) for o in node.operands)
        elif isinstance(node, Arith | Compare):
            found = reads_person(node.left) or reads_person(node.right)
        elif isinstance(node, Call):
            found = any(reads_person(a) for a in node.args)
        else:
            found = True
        _READS_PERSON[node] = found
    return found


def _tiered(brackets: tuple[Bracket, ...], amount: np.ndarray) -> np.ndarray:
    total = np.zeros_like(amount, dtype=np.float64)
    for b in brackets:
        low = float(b.from_yuan)
        upper = amount if b.to_yuan is None else np.minimum(amount, float(b.to_yuan))
        total += np.maximum(upper - low, 0.0) * float(b.rate)
    return total


class VectorEvaluator:
    def __init__(self, catalog: Catalog, population: Population, on: date) -> None:
        self.catalog, self.pop, self.on = catalog, population, on
        columns, self.valid = population.slots()
        self.shape = self.valid.shape
        self.household: dict[str, Array] = dict(population.household)
        self.person: dict[str, Array] = dict(columns)
        self._params: dict[str, Array] = {}
        self._brackets: dict[str, list[tuple[Bracket, ...]]] = {}

    # -- parameters: resolved per distinct region, then spread over households --------------------
    def param(self, name: str) -> Array:
        if name not in self._params:
            values = [
                self.catalog.resolve(name, region, self.on).value
                for region in self.pop.region_codes
            ]
            numbers = np.array([float(v) for v in values], dtype=np.float64)
            self._params[name] = (
                float(numbers[0])
                if np.all(numbers == numbers[0])
                else numbers[self.pop.region_index]
            )
        return self._params[name]

    def brackets(self, name: str) -> list[tuple[Bracket, ...]]:
        if name not in self._brackets:
            self._brackets[name] = [
                self.catalog.resolve(name, region, self.on).value
                for region in self.pop.region_codes
            ]
        return self._brackets[name]

    def to_person(self, value: Array) -> Array:
        return value if np.ndim(value) == 0 else value[None, :]

    def full(self, value: Array, level: str) -> np.ndarray:
        shape = self.shape if level == "person" else (self.pop.households,)
        return value if np.shape(value) == shape else np.broadcast_to(value, shape)

    def member_sum(self, values: np.ndarray) -> np.ndarray:
        """Sum over each household's members (`values` already zero outside members)."""
        if values.dtype == bool:
            return values.sum(axis=0, dtype=np.int32).astype(np.float64)
        return values.sum(axis=0)

    # -- evaluation ---------------------------------------------------------------------------------
    def eval(self, node: Node, level: str) -> Array:
        if level == "person" and not reads_person(node):
            return self.to_person(
                getattr(self, "visit_" + type(node).__name__.lower())(node, "household")
            )
        return getattr(self, "visit_" + type(node).__name__.lower())(node, level)

    def visit_const(self, node: Const, level: str) -> Array:
        return float(node.value) if isinstance(node.value, Decimal) else node.value

    def visit_var(self, node: Var, level: str) -> Array:
        return (self.person if node.entity == "person" else self.household)[node.name]

    def visit_param(self, node: Param, level: str) -> Array:
        return self.param(node.name)

    def visit_not(self, node: Not, level: str) -> Array:
        return np.logical_not(self.eval(node.operand, level))

    def visit_boolop(self, node: BoolOp, level: str) -> Array:
        combine = np.logical_and if node.op == "and" else np.logical_or
        result = self.eval(node.operands[0], level)
        for operand in node.operands[1:]:
            result = combine(result, self.eval(operand, level))
        return result

    def visit_neg(self, node: Neg, level: str) -> Array:
        return np.negative(self.eval(node.operand, level), dtype=np.float64)

    def visit_arith(self, node: Arith, level: str) -> Array:
        a, b = self.eval(node.left, level), self.eval(node.right, level)
        ufunc = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide}[node.op]
        return ufunc(a, b, dtype=np.float64)

    def _code(self, target: Node, literal: Any) -> Any:
        if target.type == "category" and isinstance(target, Var):
            return target.vocabulary.index(literal)
        return float(literal) if isinstance(literal, Decimal) else literal

    def visit_compare(self, node: Compare, level: str) -> Array:
        left, right = node.left, node.right
        if isinstance(right, Const) and left.type == "category":
            a, b = self.eval(left, level), self._code(left, right.value)
        elif isinstance(left, Const) and right.type == "category":
            a, b = self._code(right, left.value), self.eval(right, level)
        else:
            a, b = self.eval(left, level), self.eval(right, level)
        ufunc = {
            "==": np.equal,
            "!=": np.not_equal,
            "<": np.less,
            "<=": np.less_equal,
            ">": np.greater,
            ">=": np.greater_equal,
        }[node.op]
        return ufunc(a, b)

    def visit_isnull(self, node: IsNull, level: str) -> Array:
        value = self.eval(node.operand, level)
        operand = node.operand
        if operand.type == "category":
            nullable = isinstance(operand, Var) and operand.vocabulary[:1] == (None,)
            null = np.equal(value, 0) if nullable else np.zeros(np.shape(value), bool)
        else:
            null = np.isnan(np.asarray(value, dtype=np.float64))
        return np.logical_not(null) if node.negate else null

    def visit_in(self, node: In, level: str) -> Array:
        value = self.eval(node.operand, level)
        codes = [self._code(node.operand, v) for v in node.values]
        found = np.equal(value, codes[0])
        for code in codes[1:]:
            found = found | np.equal(value, code)
        return np.logical_not(found) if node.negate else found

    def visit_call(self, node: Call, level: str) -> Array:
        if node.function == "if_else":
            c, a, b = (self.eval(x, level) for x in node.args)
            return np.where(c, a, b)
        if node.function == "tiered":
            table, amount_node = node.args
            assert isinstance(table, Param)
            amount = np.array(self.full(self.eval(amount_node, level), level), dtype=np.float64)
            tables = self.brackets(table.name)
            result = np.zeros_like(amount)
            for distinct in set(tables):
                regions = [i for i, t in enumerate(tables) if t == distinct]
                mask = self.full(
                    self.to_person(np.isin(self.pop.region_index, regions))
                    if level == "person"
                    else np.isin(self.pop.region_index, regions),
                    level,
                )
                result[mask] = _tiered(distinct, amount[mask])
            return result
        values = [self.eval(x, level) for x in node.args]
        reduce = np.minimum if node.function == "min" else np.maximum
        result = values[0]
        for v in values[1:]:
            result = reduce(result, v)
        return np.asarray(result, dtype=np.float64) if np.ndim(result) else float(result)

    def visit_aggregate(self, node: Aggregate, level: str) -> Array:
        value = self.eval(node.operand, "person")
        if np.ndim(value) == 0:  # a constant per member: count_members(True) is the household size
            total = self.pop.sizes * float(value)
        elif np.shape(value) != self.shape:  # a household value seen per member
            total = self.pop.sizes * np.asarray(value[0], dtype=np.float64)
        elif value.dtype == bool:
            total = self.member_sum(value & self.valid)
        else:
            total = self.member_sum(np.where(self.valid, value, 0.0))
        if node.function in ("count_members", "sum_members"):
            return total
        if node.function == "any_member":
            return total > 0
        return total == self.pop.sizes


def _is_zero(node: Node) -> bool:
    return isinstance(node, Const) and node.value == 0


def _rounded(ev: VectorEvaluator, node: Node, level: str) -> np.ndarray:
    raw = np.asarray(ev.full(ev.eval(node, level), level), dtype=np.float64)
    return np.maximum(np.round(raw, 2), 0.0)


def _person_policy(
    ev: VectorEvaluator, policy: CompiledPolicy, in_force: np.ndarray, result: PopulationResult
) -> None:
    """A person-level policy: household-only conditions and amounts are computed per household."""
    pop, name = ev.pop, policy.code
    household_part = in_force.copy()
    eligible = ev.valid
    for condition in policy.conditions:
        root = condition.expression.root
        if reads_person(root):
            eligible = eligible & ev.eval(root, "person")
        else:
            household_part &= ev.full(ev.eval(root, "household"), "household").astype(bool)
    eligible = eligible & household_part[None, :]
    ev.person[name] = eligible
    count = ev.member_sum(eligible)
    result.beneficiaries[name] = count.astype(np.int32)
    result.eligible[name] = count > 0
    amounts = []
    for node in (policy.amount_monthly.root, policy.amount_once.root):
        if _is_zero(node):
            amounts.append(np.zeros(pop.households))
        elif not reads_person(node):
            amounts.append(_rounded(ev, node, "household") * count)
        else:
            amounts.append(ev.member_sum(np.where(eligible, _rounded(ev, node, "person"), 0.0)))
    result.monthly[name], result.once[name] = amounts


def evaluate(catalog: Catalog, population: Population, on: date) -> PopulationResult:
    """Run every rule of `catalog` on `population` as of `on`."""
    ev = VectorEvaluator(catalog, population, on)
    households = population.households
    result = PopulationResult(
        circle=np.zeros(households, dtype=np.int8),
        group=np.full(households, -1, dtype=np.int16),
        groups=[c.rule.group for c in catalog.circles],
    )
    for kind, name in catalog.order:
        if kind == "variable":
            var = catalog.variables[name]
            level = var.definition.entity
            (ev.household if level == "household" else ev.person)[name] = ev.eval(
                var.formula.root, level
            )
            continue
        policy = catalog.policies[name]
        in_force_by_region = np.array(
            [policy.in_force(r, on) for r in population.region_codes], dtype=bool
        )
        in_force = (
            np.ones(households, dtype=bool)
            if in_force_by_region.all()
            else in_force_by_region[population.region_index]
        )
        if policy.entity == "person":
            _person_policy(ev, policy, in_force, result)
            continue
        eligible = in_force
        for condition in policy.conditions:
            eligible = eligible & ev.full(
                ev.eval(condition.expression.root, "household"), "household"
            ).astype(bool)
        ev.household[name] = eligible
        result.eligible[name] = eligible
        for target, node in (
            (result.monthly, policy.amount_monthly),
            (result.once, policy.amount_once),
        ):
            target[name] = (
                np.zeros(households)
                if _is_zero(node.root)
                else np.where(eligible, _rounded(ev, node.root, "household"), 0.0)
            )
    for code in catalog.policies:
        result.applied[code] = result.eligible[code]
    # 就高: in each exclusion group keep the eligible policy worth most (first in catalog order on ties).
    for codes in catalog.exclusion_groups.values():
        worth = np.stack(
            [
                np.where(result.eligible[c], result.monthly[c] * 12 + result.once[c], -1.0)
                for c in codes
            ]
        )
        best = np.argmax(worth, axis=0)
        for i, c in enumerate(codes):
            result.applied[c] = result.eligible[c] & (best == i)
    decided = np.zeros(households, dtype=bool)
    for i, rule in enumerate(catalog.circles):
        condition = ev.full(ev.eval(rule.expression.root, "household"), "household").astype(bool)
        take = condition & ~decided
        result.circle[take] = rule.rule.circle
        result.group[take] = i
        decided |= take
    return result
