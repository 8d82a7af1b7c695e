"""The vectorised back end: runs the compiled program (program.py) over a population chunk by
chunk — per catalog the circles, eligibility, amounts and the 就高 choice per household — and
returns per-household results (`evaluate`) or totals (`tally`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from matching.rules.catalog import Catalog
from matching.rules.population import Chunk, Population
from matching.rules.program import (
    CatalogPlan,
    Operand,
    Program,
    Register,
    View,
    compile_program,
)


@dataclass
class ChunkOutcome:
    """One catalog's outcomes for the households of one chunk, in layout order.

    Per policy a value is an array, or a scalar when it is the same for the whole chunk.
    """

    circle: np.ndarray
    group: np.ndarray
    eligible: dict[str, Any]
    applied: dict[str, Any]
    monthly: dict[str, Any]
    once: dict[str, Any]
    beneficiaries: dict[str, Any]  # members covered, as float (exact: small whole numbers)


def _value(values: list[Any], operand: Operand, dtype: Any) -> Any:
    """An output of a chunk: an array per household, or one scalar when it is the same for all."""
    value = values[operand.index] if isinstance(operand, Register) else operand
    if np.ndim(value) == 0:
        return np.dtype(dtype).type(value)
    return np.asarray(value, dtype=dtype)


def _best(worth: list[Any], households: int) -> np.ndarray:
    """Per household, the index of the largest worth: the first on ties, as np.argmax (NaN wins).

    Pairwise, because argmax over the first axis of a stacked (policies, households) array is slow.
    """
    best = np.zeros(households, dtype=np.int16)
    top = worth[0]
    for i, value in enumerate(worth[1:], start=1):
        better = (value > top) | (np.isnan(value) & ~np.isnan(top))
        best = np.where(better, i, best)
        top = np.where(better, value, top)
    return best


def _outcome(plan: CatalogPlan, values: list[Any], households: int) -> ChunkOutcome:
    eligible = {c: _value(values, p.eligible, bool) for c, p in plan.policies.items()}
    monthly = {c: _value(values, p.monthly, np.float64) for c, p in plan.policies.items()}
    once = {c: _value(values, p.once, np.float64) for c, p in plan.policies.items()}
    beneficiaries = {
        c: _value(values, p.beneficiaries, np.float64)
        for c, p in plan.policies.items()
        if p.beneficiaries is not None
    }
    applied = dict(eligible)
    # 就高: in each exclusion group keep the eligible policy worth most (first in catalog order on ties).
    for codes in plan.exclusion_groups:
        best = _best(
            [np.where(eligible[c], monthly[c] * 12 + once[c], -1.0) for c in codes], households
        )
        for i, c in enumerate(codes):
            applied[c] = eligible[c] & (best == i)
    # The first circle rule that holds decides: applied last to first, an earlier rule overwrites.
    circle: Any = np.int8(0)
    group: Any = np.int16(-1)
    for i, (number, condition) in reversed(list(enumerate(plan.circles))):
        holds = _value(values, condition, bool)
        circle = np.where(holds, np.int8(number), circle)
        group = np.where(holds, np.int16(i), group)
    circle = np.broadcast_to(circle, (households,))
    group = np.broadcast_to(group, (households,))
    return ChunkOutcome(circle, group, eligible, applied, monthly, once, beneficiaries)


def _outcomes(program: Program) -> Iterator[tuple[Chunk, list[ChunkOutcome]]]:
    for chunk in program.layout.chunks:
        values = program.run(View(program.layout, chunk))
        households = chunk.stop - chunk.start
        yield chunk, [_outcome(plan, values, households) for plan in program.plans]


@dataclass
class PopulationResult:
    """Per household (population order): circle (0 = none), group index, and per policy eligibility
    and amounts."""

    circle: np.ndarray
    group: np.ndarray  # index into `groups`, -1 = none
    groups: list[str]
    eligible: dict[str, np.ndarray] = field(default_factory=dict)
    applied: dict[str, np.ndarray] = field(default_factory=dict)
    monthly: dict[str, np.ndarray] = field(default_factory=dict)
    once: dict[str, np.ndarray] = field(default_factory=dict)
    beneficiaries: dict[str, np.ndarray] = field(default_factory=dict)


def evaluate(catalog: Catalog, population: Population, on: date) -> PopulationResult:
    """Run every rule of `catalog` on `population` as of `on`, keeping every household's outcome."""
    program = compile_program([catalog], population, on)
    (plan,) = program.plans
    households = population.households
    result = PopulationResult(
        circle=np.zeros(households, dtype=np.int8),
        group=np.full(households, -1, dtype=np.int16),
        groups=plan.groups,
    )
    for code, p in plan.policies.items():
        for target, dtype in (
            (result.eligible, bool),
            (result.applied, bool),
            (result.monthly, np.float64),
            (result.once, np.float64),
        ):
            target[code] = np.zeros(households, dtype=dtype)
        if p.beneficiaries is not None:
            result.beneficiaries[code] = np.zeros(households, dtype=np.int32)
    order = program.layout.order
    for chunk, (outcome,) in _outcomes(program):
        at = order[chunk.start : chunk.stop]
        result.circle[at] = outcome.circle
        result.group[at] = outcome.group
        for field_name in ("eligible", "applied", "monthly", "once", "beneficiaries"):
            full, part = getattr(result, field_name), getattr(outcome, field_name)
            for code, values in part.items():
                full[code][at] = values
    return result


@dataclass
class PolicyTotals:
    eligible_households: int = 0
    applied_households: int = 0
    monthly_yuan: float = 0.0
    once_yuan: float = 0.0
    beneficiaries: int | None = (
        None  # members covered in applied households (person-level policies)
    )


@dataclass
class PopulationTotals:
    """Counts and costs over the population, and each household's circle (population order)."""

    circle: np.ndarray
    group: np.ndarray  # index into `groups`, -1 = none
    groups: list[str]
    policies: dict[str, PolicyTotals]

    def add(self, chunk: Chunk, order: np.ndarray, outcome: ChunkOutcome) -> None:
        at = order[chunk.start : chunk.stop]
        households = chunk.stop - chunk.start
        self.circle[at] = outcome.circle
        self.group[at] = outcome.group
        for code, totals in self.policies.items():
            eligible, applied = outcome.eligible[code], outcome.applied[code]
            # Amounts and beneficiaries are 0 outside eligible households, so where every eligible
            # household applies (no exclusion group) the sum over applied ones is the plain sum.
            every = applied is eligible
            totals.eligible_households += _count(eligible, households)
            totals.applied_households += _count(applied, households)
            totals.monthly_yuan += float(_sum(outcome.monthly[code], applied, every, households))
            totals.once_yuan += float(_sum(outcome.once[code], applied, every, households))
            if totals.beneficiaries is not None:
                totals.beneficiaries += int(
                    _sum(outcome.beneficiaries[code], applied, every, households)
                )


def _count(flags: Any, households: int) -> int:
    return int(np.count_nonzero(flags)) if np.ndim(flags) else households * bool(flags)


def _sum(values: Any, applied: Any, every: bool, households: int) -> Any:
    """The sum of `values` over applied households (np.where: much faster than a boolean index)."""
    if np.ndim(values) == 0:
        count = _count(applied, households)
        return values * count if count else 0
    return values.sum() if every else np.where(applied, values, 0).sum()


def tally(catalogs: list[Catalog], population: Population, on: date) -> list[PopulationTotals]:
    """Counts and costs of each catalog on `population` as of `on`, computed in one pass.

    Steps the catalogs share (same operation on the same inputs and parameter values) run once.
    """
    program = compile_program(catalogs, population, on)
    households = population.households
    totals = [
        PopulationTotals(
            circle=np.zeros(households, dtype=np.int8),
            group=np.full(households, -1, dtype=np.int16),
            groups=plan.groups,
            policies={
                code: PolicyTotals(beneficiaries=0 if p.beneficiaries is not None else None)
                for code, p in plan.policies.items()
            },
        )
        for plan in program.plans
    ]
    order = program.layout.order
    for chunk, outcomes in _outcomes(program):
        for total, outcome in zip(totals, outcomes, strict=True):
            total.add(chunk, order, outcome)
    return totals
