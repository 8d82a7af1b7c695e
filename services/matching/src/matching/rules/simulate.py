"""What-if: apply a reform (parameter overrides) to a catalog, run baseline and reform, compare.

Used by `/v1/simulations` and by the benchmark; both back ends share the catalog, only this one is
vectorised.
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import numpy as np

from matching.rules import catalog as rules_catalog
from matching.rules.catalog import Catalog, CatalogError, MissingParameter
from matching.rules.population import Population
from matching.rules.vectorised import PopulationTotals, tally


class ReformError(ValueError):
    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Override:
    parameter: str
    region: str
    effective_from: date
    value: Decimal | None = None
    scale: Decimal | None = None


def apply_reform(base: Catalog, overrides: list[Override], name: str) -> Catalog:
    """A new catalog: `base` plus one dated regional value per override (scale = × the value then in force)."""
    document = copy.deepcopy(base.document)
    by_name = {p["name"]: p for p in document["parameters"]}
    for i, o in enumerate(overrides):
        where = f"reform.overrides.{i}"
        parameter = by_name.get(o.parameter)
        if parameter is None:
            raise ReformError(f"unknown parameter `{o.parameter}`", f"{where}.parameter")
        if parameter.get("kind", "number") != "number":
            raise ReformError(f"`{o.parameter}` is a bracket table", f"{where}.parameter")
        value = o.value
        if o.scale is not None:
            if not o.region:
                raise ReformError("a scaled override needs a region", f"{where}.region")
            try:
                current = base.resolve(o.parameter, o.region, o.effective_from).value
            except MissingParameter as exc:
                raise ReformError(str(exc), f"{where}.region") from exc
            assert isinstance(current, Decimal)
            value = (current * o.scale).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        entry = {
            "region": o.region,
            "from": o.effective_from.isoformat(),
            "value": str(value),
            "source": f"reform: {name}",
            "confirmed": False,
        }
        parameter["values"] = [
            v
            for v in parameter["values"]
            if not (v["region"] == o.region and v["from"] == entry["from"])
        ] + [entry]
    try:
        return rules_catalog.build(document)
    except CatalogError as exc:
        raise ReformError(str(exc), "reform.overrides") from exc


def summarize(totals: PopulationTotals) -> dict[str, Any]:
    circles = np.bincount(totals.circle, minlength=4)
    groups = np.bincount(totals.group + 1, minlength=len(totals.groups) + 1)
    policies = {}
    for code, policy in totals.policies.items():
        entry: dict[str, Any] = {
            "eligible_households": policy.eligible_households,
            "applied_households": policy.applied_households,
            "monthly_cost_yuan": f"{policy.monthly_yuan:.2f}",
            "once_cost_yuan": f"{policy.once_yuan:.2f}",
        }
        if policy.beneficiaries is not None:
            entry["beneficiaries"] = policy.beneficiaries
        policies[code] = entry
    return {
        "circles": {
            "1": int(circles[1]),
            "2": int(circles[2]),
            "3": int(circles[3]),
            "none": int(circles[0]),
        },
        "groups": {g: int(groups[i + 1]) for i, g in enumerate(totals.groups)},
        "policies": policies,
        "monthly_cost_yuan": f"{sum(p.monthly_yuan for p in totals.policies.values()):.2f}",
        "once_cost_yuan": f"{sum(p.once_yuan for p in totals.policies.values()):.2f}",
    }


def compare(
    base: Catalog,
    reform: Catalog,
    population: Population,
    on: date,
    *,
    changed_limit: int = 100,
) -> dict[str, Any]:
    """Baseline against reform: counts, costs and the households that change circle.

    `seconds` covers the whole comparison (both runs, the counts and the changed households), not the
    one-off layout of the population, which is built beforehand.
    """
    population.layout()
    started = time.perf_counter()
    try:
        baseline, reformed = tally([base, reform], population, on)
    except MissingParameter as exc:
        raise ReformError(str(exc), "population") from exc
    changed = np.flatnonzero(baseline.circle != reformed.circle)
    labels = population.household_ids

    def group_name(totals: PopulationTotals, i: int) -> str | None:
        g = int(totals.group[i])
        return totals.groups[g] if g >= 0 else None

    result = {
        "households": population.households,
        "persons": population.persons,
        "as_of": on.isoformat(),
        "baseline": summarize(baseline),
        "reform": summarize(reformed),
        "changed_circle": int(changed.size),
        "changes": [
            {
                "household": labels[i] if i < len(labels) else str(i),
                "from_circle": int(baseline.circle[i]) or None,
                "to_circle": int(reformed.circle[i]) or None,
                "from_group": group_name(baseline, i),
                "to_group": group_name(reformed, i),
            }
            for i in changed[:changed_limit].tolist()
        ],
    }
    result["seconds"] = round(time.perf_counter() - started, 4)
    return result
