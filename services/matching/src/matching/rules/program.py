"""The compiler of the vectorised back end: the rule IR of one or more catalogs as one numpy
program (`Program`: a list of keyed steps over registers) for a population's layout.

Why this shape:
- Each rule step works on one chunk of households at a time, so intermediate arrays stay in the CPU
  cache and are freed after their last use; only the outputs are population-sized, and a first run
  touches little fresh memory.
- Every step is keyed by what it computes (operation, inputs, parameter values per region). A step that
  occurs twice — in one catalog, or in a baseline and its reform where the parameters it reads did not
  change — is computed once. Equal keys mean equal values, so this is exact for any catalog and reform.
- Parameters are resolved once per distinct region; one that is the same everywhere is a constant, and
  steps on constants only are computed while compiling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
from matching.rules.population import Chunk, Layout, Population

HOUSEHOLD, PERSON = 1, 2  # the level of a register; a constant has level 0
ARITH: dict[str, np.ufunc] = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide}
COMPARE: dict[str, np.ufunc] = {
    "==": np.equal,
    "!=": np.not_equal,
    "<": np.less,
    "<=": np.less_equal,
    ">": np.greater,
    ">=": np.greater_equal,
}


@dataclass(frozen=True)
class Register:
    """A value computed per chunk: one per household (HOUSEHOLD) or one per member (PERSON)."""

    index: int
    level: int


Operand = Any  # a Register, or a constant (Python or numpy scalar) known while compiling
StepFunction = Callable[..., Any]  # (chunk view, *input values) → value


def level_of(operand: Operand) -> int:
    return operand.level if isinstance(operand, Register) else 0


@dataclass(frozen=True)
class Step:
    output: int
    function: StepFunction
    inputs: tuple[int, ...]
    frees: tuple[int, ...] = ()  # registers read for the last time here


@dataclass
class View:
    """One chunk as the steps see it: the layout's arrays sliced to the chunk."""

    layout: Layout
    chunk: Chunk

    @property
    def households(self) -> int:
        return self.chunk.stop - self.chunk.start

    def household(self, column: np.ndarray) -> np.ndarray:
        return column[self.chunk.start : self.chunk.stop]

    def person(self, column: np.ndarray) -> np.ndarray:
        return column[self.chunk.person_start : self.chunk.person_stop]


def _spread(view: View, value: np.ndarray) -> np.ndarray:
    """A household value repeated for each member: slot k's members are a prefix of the households."""
    if not view.chunk.rows:  # no household of the chunk has a counted member
        return value[:0]
    return np.concatenate([value[:count] for _, count in view.chunk.rows])


def _member_sum(view: View, value: np.ndarray) -> np.ndarray:
    rows = view.chunk.rows
    if value.dtype == bool and len(rows) < 256:
        # Counting: bytes added as bytes (a household has fewer members than 256 here) run several
        # times faster than booleans added into floats.
        counts = np.zeros(view.households, dtype=np.uint8)
        flags = value.view(np.uint8)
        for offset, count in rows:
            counts[:count] += flags[offset : offset + count]
        return counts.astype(np.float64)
    total = np.zeros(view.households)
    for offset, count in rows:
        total[:count] += value[offset : offset + count]
    return total


def _tiered(brackets: tuple[Bracket, ...], amount: np.ndarray) -> np.ndarray:
    total = np.zeros_like(amount, dtype=np.float64)
    part = np.empty_like(total)
    for b in brackets:
        upper = amount if b.to_yuan is None else np.minimum(amount, float(b.to_yuan), out=part)
        np.subtract(upper, float(b.from_yuan), out=part)
        np.maximum(part, 0.0, out=part)
        np.multiply(part, float(b.rate), out=part)
        total += part
    return total


def _rounded(view: View | None, value: Any) -> Any:
    """max(round(value, 2), 0): np.round's own steps (× 100, rint, ÷ 100), in one buffer."""
    if np.ndim(value) == 0:
        return np.maximum(np.round(np.float64(value), 2), 0.0)
    out = np.multiply(value, 100.0, dtype=np.float64)
    np.rint(out, out=out)
    np.divide(out, 100.0, out=out)
    return np.maximum(out, 0.0, out=out)


@dataclass
class PolicyPlan:
    """Where a policy's outputs are: per household eligibility, amounts, and members covered."""

    eligible: Operand
    monthly: Operand
    once: Operand
    beneficiaries: Operand | None  # person-level policies only


@dataclass
class CatalogPlan:
    policies: dict[str, PolicyPlan]
    circles: list[tuple[int, Operand]]  # (circle, condition) in catalog order
    groups: list[str]
    exclusion_groups: list[list[str]]


@dataclass
class Program:
    """Steps for one or more catalogs on one layout and date; shared steps appear once."""

    layout: Layout
    steps: list[Step] = field(default_factory=list)
    registers: int = 0
    plans: list[CatalogPlan] = field(default_factory=list)
    _keys: dict[tuple[Any, ...], Register] = field(default_factory=dict)

    def emit(
        self, key: tuple[Any, ...], level: int, function: StepFunction, *inputs: Operand
    ) -> Operand:
        """A step computing `function(view, *inputs)`, or the existing one with the same key.

        Constant inputs are bound into the step; a step with constant inputs only is computed now, one
        with no inputs at all reads the layout.
        """
        if inputs and not any(isinstance(i, Register) for i in inputs):
            return function(None, *inputs)
        key = (key, *(_key_of(i) for i in inputs))
        found = self._keys.get(key)
        if found is not None:
            return found
        registers = tuple(i.index for i in inputs if isinstance(i, Register))
        if registers and len(registers) < len(inputs):
            function = _bind_constants(function, inputs)
        register = Register(self.registers, level)
        self.registers += 1
        self.steps.append(Step(register.index, function, registers))
        self._keys[key] = register
        return register

    def finish(self) -> None:
        """Mark where each register is read for the last time, so chunks free it right after."""
        outputs = {o.index for o in self._outputs() if isinstance(o, Register)}
        last: dict[int, int] = {}
        for position, step in enumerate(self.steps):
            for index in step.inputs:
                last[index] = position
        frees: dict[int, list[int]] = {}
        for index, position in last.items():
            if index not in outputs:
                frees.setdefault(position, []).append(index)
        self.steps = [
            Step(s.output, s.function, s.inputs, tuple(frees.get(p, ())))
            for p, s in enumerate(self.steps)
        ]

    def _outputs(self) -> Iterator[Operand]:
        for plan in self.plans:
            for p in plan.policies.values():
                yield from (p.eligible, p.monthly, p.once, p.beneficiaries)
            yield from (condition for _, condition in plan.circles)

    def run(self, view: View) -> list[Any]:
        values: list[Any] = [None] * self.registers
        for step in self.steps:
            values[step.output] = step.function(view, *[values[i] for i in step.inputs])
            for index in step.frees:
                values[index] = None
        return values


def _key_of(operand: Operand) -> Any:
    if isinstance(operand, Register):
        return operand.index
    # repr tells -0.0 from 0.0 and True from 1.0, which compare equal but compute differently.
    return (type(operand).__name__, repr(operand))


def _bind_constants(function: StepFunction, inputs: tuple[Operand, ...]) -> StepFunction:
    slots = [i for i, x in enumerate(inputs) if isinstance(x, Register)]
    template = list(inputs)

    def bound(view: View, *values: Any) -> Any:
        arguments = list(template)
        for slot, value in zip(slots, values, strict=True):
            arguments[slot] = value
        return function(view, *arguments)

    return bound


class Compiler:
    """Turns one catalog's rules into steps of a shared Program."""

    def __init__(
        self, program: Program, catalog: Catalog, region_codes: list[str], on: date
    ) -> None:
        self.program, self.catalog, self.region_codes, self.on = program, catalog, region_codes, on
        self.names: dict[str, Operand] = {}  # derived variables and policies computed so far

    # -- leaves ---------------------------------------------------------------------------------------
    def column(self, name: str, level: int) -> Register:
        layout = self.program.layout
        if level == PERSON:
            column = layout.person[name]
            return self.program.emit(("person", name), PERSON, lambda v: v.person(column))
        column = layout.household[name]
        return self.program.emit(("household", name), HOUSEHOLD, lambda v: v.household(column))

    def by_region(self, values: np.ndarray) -> Operand:
        """A value per region: a constant if every region has the same, else looked up per household."""
        if np.all(values == values[0]):
            return values[0].item()
        region_index = self.program.layout.region_index
        return self.program.emit(
            ("region", values.dtype.str, values.tobytes()),
            HOUSEHOLD,
            lambda v: np.take(values, v.household(region_index)),
        )

    def sizes(self) -> Register:
        sizes = self.program.layout.sizes
        return self.program.emit(("sizes",), HOUSEHOLD, lambda v: v.household(sizes))

    # -- expressions --------------------------------------------------------------------------------
    def apply(self, key: tuple[Any, ...], function: StepFunction, *inputs: Operand) -> Operand:
        """A step on inputs at any level: household registers are spread to members if one is per member."""
        level = max(level_of(i) for i in inputs)
        if level == PERSON:
            inputs = tuple(self.spread(i) if level_of(i) == HOUSEHOLD else i for i in inputs)
        return self.program.emit(key, level, function, *inputs)

    def spread(self, operand: Register) -> Register:
        return self.program.emit(("spread",), PERSON, _spread, operand)

    def compile(self, node: Node) -> Operand:
        operand: Operand = getattr(self, "visit_" + type(node).__name__.lower())(node)
        return operand

    def visit_const(self, node: Const) -> Operand:
        return float(node.value) if isinstance(node.value, Decimal) else node.value

    def visit_var(self, node: Var) -> Operand:
        if node.name in self.names:
            return self.names[node.name]
        return self.column(node.name, PERSON if node.entity == "person" else HOUSEHOLD)

    def visit_param(self, node: Param) -> Operand:
        values = [self.catalog.resolve(node.name, r, self.on).value for r in self.region_codes]
        return self.by_region(np.array([float(v) for v in values], dtype=np.float64))

    def visit_not(self, node: Not) -> Operand:
        return self.apply(("not",), lambda v, x: np.logical_not(x), self.compile(node.operand))

    def visit_boolop(self, node: BoolOp) -> Operand:
        result = self.compile(node.operands[0])
        for operand in node.operands[1:]:
            result = self.logical(node.op, result, self.compile(operand))
        return result

    def logical(self, op: str, a: Operand, b: Operand) -> Operand:
        """`a and b` / `a or b` on true/false values; a constant either decides or drops out.

        Rules are full of these (a policy in force everywhere, a switch parameter that is 1 in every
        region), and a step `True and x` would only copy x.
        """
        for constant, other in ((a, b), (b, a)):
            if not isinstance(constant, Register):
                deciding = bool(constant) == (op == "or")
                return np.bool_(constant) if deciding else other
        combine = np.logical_and if op == "and" else np.logical_or
        return self.apply((op,), lambda v, x, y: combine(x, y), a, b)

    def visit_neg(self, node: Neg) -> Operand:
        return self.apply(
            ("neg",), lambda v, x: np.negative(x, dtype=np.float64), self.compile(node.operand)
        )

    def visit_arith(self, node: Arith) -> Operand:
        ufunc = ARITH[node.op]
        return self.apply(
            ("arith", node.op),
            lambda v, a, b: ufunc(a, b, dtype=np.float64),
            self.compile(node.left),
            self.compile(node.right),
        )

    def _code(self, target: Node, literal: Any) -> Any:
        if target.type == "category" and isinstance(target, Var):
            return target.vocabulary.index(literal)
        return float(literal) if isinstance(literal, Decimal) else literal

    def visit_compare(self, node: Compare) -> Operand:
        left, right = node.left, node.right
        if isinstance(right, Const) and left.type == "category":
            a, b = self.compile(left), self._code(left, right.value)
        elif isinstance(left, Const) and right.type == "category":
            a, b = self._code(right, left.value), self.compile(right)
        else:
            a, b = self.compile(left), self.compile(right)
        ufunc = COMPARE[node.op]
        return self.apply(("compare", node.op), lambda v, x, y: ufunc(x, y), a, b)

    def visit_isnull(self, node: IsNull) -> Operand:
        operand, value = node.operand, self.compile(node.operand)
        if operand.type == "category":
            if not (isinstance(operand, Var) and operand.vocabulary[:1] == (None,)):
                return node.negate  # a category without a null value is never null
            null = self.apply(("compare", "=="), lambda v, x, y: np.equal(x, y), value, 0)
        else:
            null = self.apply(
                ("isnan",), lambda v, x: np.isnan(np.asarray(x, dtype=np.float64)), value
            )
        return self.apply(("not",), lambda v, x: np.logical_not(x), null) if node.negate else null

    def visit_in(self, node: In) -> Operand:
        codes = tuple(self._code(node.operand, v) for v in node.values)

        def found(view: View | None, value: Any) -> Any:
            result = np.equal(value, codes[0])
            for code in codes[1:]:
                result = result | np.equal(value, code)
            return np.logical_not(result) if node.negate else result

        key = ("in", tuple(repr(c) for c in codes), node.negate)
        return self.apply(key, found, self.compile(node.operand))

    def visit_call(self, node: Call) -> Operand:
        if node.function == "if_else":
            c, a, b = (self.compile(x) for x in node.args)
            return self.apply(("where",), lambda v, x, y, z: np.where(x, y, z), c, a, b)
        if node.function == "tiered":
            return self._tiered(node)
        reduce = np.minimum if node.function == "min" else np.maximum

        def extreme(view: View | None, *values: Any) -> Any:
            result = values[0]
            for value in values[1:]:
                result = reduce(result, value)
            return np.asarray(result, dtype=np.float64) if np.ndim(result) else float(result)

        return self.apply((node.function,), extreme, *(self.compile(x) for x in node.args))

    def _tiered(self, node: Call) -> Operand:
        table, amount_node = node.args
        assert isinstance(table, Param)
        tables: list[tuple[Bracket, ...]] = [
            self.catalog.resolve(table.name, r, self.on).value for r in self.region_codes
        ]
        distinct = list(dict.fromkeys(tables))
        amount = self.compile(amount_node)
        key = (
            "tiered",
            tuple(tuple((b.from_yuan, b.to_yuan, b.rate) for b in t) for t in distinct),
        )
        if len(distinct) == 1:
            only = distinct[0]
            return self.apply(
                key, lambda v, x: _tiered(only, np.asarray(x, dtype=np.float64)), amount
            )
        which = self.by_region(np.array([distinct.index(t) for t in tables], dtype=np.int16))

        def by_table(view: View | None, x: Any, region_table: np.ndarray) -> np.ndarray:
            x = np.broadcast_to(np.asarray(x, dtype=np.float64), region_table.shape)
            result = _tiered(distinct[0], x)
            for i, brackets in enumerate(distinct[1:], start=1):
                result = np.where(region_table == i, _tiered(brackets, x), result)
            return result

        return self.apply(key, by_table, amount, which)

    def visit_aggregate(self, node: Aggregate) -> Operand:
        value = self.compile(node.operand)
        sizes = self.sizes()
        if level_of(value) == PERSON:
            total = self.program.emit(("member_sum",), HOUSEHOLD, _member_sum, value)
        else:  # the same value for every member: count_members(True) is the household size
            total = self.apply(
                ("arith", "*"), lambda v, a, b: np.multiply(a, b, dtype=np.float64), sizes, value
            )
        if node.function in ("count_members", "sum_members"):
            return total
        if node.function == "any_member":
            return self.apply(("compare", ">"), lambda v, x, y: np.greater(x, y), total, 0)
        return self.apply(("compare", "=="), lambda v, x, y: np.equal(x, y), total, sizes)

    # -- a catalog ----------------------------------------------------------------------------------
    def where(self, eligible: Operand, amount: Operand) -> Operand:
        """The amount where eligible, else 0: every amount output is 0 outside its policy's
        eligible households (and members), which summing the costs relies on."""
        return self.apply(("where",), lambda v, x, y, z: np.where(x, y, z), eligible, amount, 0.0)

    def rounded(self, node: Node) -> Operand:
        return self.apply(("rounded",), _rounded, self.compile(node))

    def catalog_plan(self) -> CatalogPlan:
        policies: dict[str, PolicyPlan] = {}
        for kind, name in self.catalog.order:
            if kind == "variable":
                self.names[name] = self.compile(self.catalog.variables[name].formula.root)
                continue
            policy = self.catalog.policies[name]
            in_force = self.by_region(
                np.array([policy.in_force(r, self.on) for r in self.region_codes], dtype=bool)
            )
            plan = (
                self.person_policy(policy, in_force)
                if policy.entity == "person"
                else self.household_policy(policy, in_force)
            )
            policies[name] = plan
        circles = [(c.rule.circle, self.compile(c.expression.root)) for c in self.catalog.circles]
        return CatalogPlan(
            policies={code: policies[code] for code in self.catalog.policies},  # catalog order
            circles=circles,
            groups=[c.rule.group for c in self.catalog.circles],
            exclusion_groups=list(self.catalog.exclusion_groups.values()),
        )

    def household_policy(self, policy: CompiledPolicy, in_force: Operand) -> PolicyPlan:
        eligible = in_force
        for condition in policy.conditions:
            eligible = self.logical("and", eligible, self.compile(condition.expression.root))
        self.names[policy.code] = eligible
        amounts = [
            0.0 if _is_zero(node.root) else self.where(eligible, self.rounded(node.root))
            for node in (policy.amount_monthly, policy.amount_once)
        ]
        return PolicyPlan(eligible, amounts[0], amounts[1], None)

    def person_policy(self, policy: CompiledPolicy, in_force: Operand) -> PolicyPlan:
        """Household-only conditions and amounts are computed per household, then meet the members."""
        household_part, member_part = in_force, True
        for condition in policy.conditions:
            value = self.compile(condition.expression.root)
            if level_of(value) == PERSON:
                member_part = self.logical("and", member_part, value)
            else:
                household_part = self.logical("and", household_part, value)
        eligible = self.logical("and", member_part, household_part)
        if level_of(eligible) != PERSON:  # no condition on the member: every member qualifies alike
            eligible = self.apply(
                ("and",), lambda v, a, b: np.logical_and(a, b), self.column_true(), eligible
            )
        self.names[policy.code] = eligible
        count = self.program.emit(("member_sum",), HOUSEHOLD, _member_sum, eligible)
        eligible_household = self.apply(
            ("compare", ">"), lambda v, x, y: np.greater(x, y), count, 0
        )
        amounts = []
        for node in (policy.amount_monthly.root, policy.amount_once.root):
            if _is_zero(node):
                amounts.append(0.0)
                continue
            amount = self.rounded(node)
            if level_of(amount) == PERSON:
                each = self.where(eligible, amount)
                amounts.append(self.program.emit(("member_sum",), HOUSEHOLD, _member_sum, each))
            else:
                each_member = self.apply(
                    ("arith", "*"),
                    lambda v, a, b: np.multiply(a, b, dtype=np.float64),
                    amount,
                    count,
                )
                amounts.append(self.where(eligible_household, each_member))
        return PolicyPlan(eligible_household, amounts[0], amounts[1], count)

    def column_true(self) -> Register:
        """True for every member (a person-level register), for policies with no member condition."""
        return self.program.emit(
            ("members",),
            PERSON,
            lambda v: np.ones(v.chunk.person_stop - v.chunk.person_start, bool),
        )


def _is_zero(node: Node) -> bool:
    return isinstance(node, Const) and node.value == 0


def compile_program(catalogs: list[Catalog], population: Population, on: date) -> Program:
    """One program computing every catalog's outcomes on `population` as of `on`."""
    program = Program(population.layout())
    for catalog in catalogs:
        program.plans.append(Compiler(program, catalog, population.region_codes, on).catalog_plan())
    program.finish()
    return program
