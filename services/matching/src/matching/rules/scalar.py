"""The per-household back end: executes the rule IR on one household with exact Decimal arithmetic.

Null semantics match the vectorised back end (NaN there): an ordered comparison with null is false,
`!=` and `not in` are true, arithmetic on null is an error.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, DivisionByZero, InvalidOperation
from typing import Any

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

Env = dict[str, Any]


class RuleEvaluationError(ValueError):
    """A rule could not be computed on these facts (e.g. arithmetic on a null value)."""


def tiered(brackets: tuple[Bracket, ...], amount: Decimal) -> Decimal:
    """Progressive rates: each tier's rate applies to the part of `amount` inside that tier."""
    total = Decimal(0)
    for b in brackets:
        upper = amount if b.to_yuan is None else min(amount, b.to_yuan)
        if upper > b.from_yuan:
            total += (upper - b.from_yuan) * b.rate
    return total


def _num(value: Any) -> Decimal:
    if value is None:
        raise RuleEvaluationError("arithmetic on a missing (null) value")
    if isinstance(value, bool):
        return Decimal(int(value))
    return Decimal(value) if not isinstance(value, Decimal) else value


_ORDERED: dict[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


class ScalarEvaluator:
    """Evaluates nodes against one household's environment and, inside aggregates, each member's."""

    def __init__(self, household: Env, persons: list[Env], param: Callable[[str], Any]) -> None:
        self.household, self.persons, self.param = household, persons, param

    def eval(self, node: Node, person: Env | None = None) -> Any:
        return getattr(self, "visit_" + type(node).__name__.lower())(node, person)

    def visit_const(self, node: Const, person: Env | None) -> Any:
        return node.value

    def visit_var(self, node: Var, person: Env | None) -> Any:
        if node.entity == "person":
            assert person is not None
            return person[node.name]
        return self.household[node.name]

    def visit_param(self, node: Param, person: Env | None) -> Any:
        return self.param(node.name)

    def visit_not(self, node: Not, person: Env | None) -> bool:
        return not self.eval(node.operand, person)

    def visit_boolop(self, node: BoolOp, person: Env | None) -> bool:
        if node.op == "and":
            return all(self.eval(o, person) for o in node.operands)
        return any(self.eval(o, person) for o in node.operands)

    def visit_neg(self, node: Neg, person: Env | None) -> Decimal:
        return -_num(self.eval(node.operand, person))

    def visit_arith(self, node: Arith, person: Env | None) -> Decimal:
        a, b = _num(self.eval(node.left, person)), _num(self.eval(node.right, person))
        if node.op == "+":
            return a + b
        if node.op == "-":
            return a - b
        if node.op == "*":
            return a * b
        try:
            return a / b
        except (DivisionByZero, InvalidOperation) as exc:
            raise RuleEvaluationError("division by zero") from exc

    def visit_compare(self, node: Compare, person: Env | None) -> bool:
        a, b = self.eval(node.left, person), self.eval(node.right, person)
        if node.op == "==":
            return bool(a == b)
        if node.op == "!=":
            return bool(a != b)
        if a is None or b is None:
            return False
        return _ORDERED[node.op](_num(a), _num(b))

    def visit_isnull(self, node: IsNull, person: Env | None) -> bool:
        return (self.eval(node.operand, person) is None) != node.negate

    def visit_in(self, node: In, person: Env | None) -> bool:
        value = self.eval(node.operand, person)
        return (value is not None and value in node.values) != node.negate

    def visit_call(self, node: Call, person: Env | None) -> Any:
        if node.function == "if_else":
            condition, then, other = node.args
            return self.eval(then if self.eval(condition, person) else other, person)
        if node.function == "tiered":
            table, amount = node.args
            assert isinstance(table, Param)
            return tiered(self.param(table.name), _num(self.eval(amount, person)))
        values = [_num(self.eval(a, person)) for a in node.args]
        return min(values) if node.function == "min" else max(values)

    def visit_aggregate(self, node: Aggregate, person: Env | None) -> Any:
        values = [self.eval(node.operand, p) for p in self.persons]
        if node.function == "count_members":
            return Decimal(sum(1 for v in values if v))
        if node.function == "sum_members":
            return sum((_num(v) for v in values), Decimal(0))
        if node.function == "any_member":
            return any(values)
        return all(values)
