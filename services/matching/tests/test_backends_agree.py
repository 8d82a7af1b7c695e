"""One rule compiler, two back ends: per household and vectorised agree on a generated population."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np

from matching.rules import catalog, engine, simulate, synthetic, vectorised


def test_per_household_and_vectorised_back_ends_agree_on_a_generated_population() -> None:
    built = catalog.build(catalog.shipped_document())
    on = date(2026, 11, 28)
    population = synthetic.generate(1500, seed=11)
    population.layout(chunk_households=256)  # several chunks, the last one partial
    vector = vectorised.evaluate(built, population, on)
    # The population is varied enough to exercise every policy and circle.
    assert all(vector.eligible[code].any() for code in built.policies)
    assert set(np.unique(vector.circle)) == {0, 1, 2, 3}
    disagreements = []
    for i in range(population.households):
        result = engine.decide(built, synthetic.to_facts(population, i, on), [])
        if (result["circle"] or 0) != int(vector.circle[i]):
            disagreements.append((i, "circle"))
        for p in result["policies"]:
            code = p["code"]
            same = (
                p["eligible"] == bool(vector.eligible[code][i])
                and p["applied"] == bool(vector.applied[code][i])
                and abs(
                    Decimal(p["amount_monthly_yuan"]) - Decimal(f"{vector.monthly[code][i]:.2f}")
                )
                <= Decimal("0.01")
                and abs(Decimal(p["amount_once_yuan"]) - Decimal(f"{vector.once[code][i]:.2f}"))
                <= Decimal("0.01")
            )
            if not same:
                disagreements.append((i, code))
    assert disagreements == []


def test_a_comparison_counts_what_the_households_receive() -> None:
    """Baseline and reform run as one program (shared steps once), chunk by chunk: the counts, costs
    and changed households equal what each catalog gives household by household on its own."""
    base = catalog.build(catalog.shipped_document())
    on = date(2027, 1, 1)
    reform = simulate.apply_reform(
        base,
        [
            simulate.Override(name, "430000", on, scale=Decimal("1.05"))
            for name in ("dibao_standard_urban", "dibao_standard_rural", "low_income_multiple")
        ],
        "reform",
    )
    population = synthetic.generate(3000, seed=5)
    population.layout(chunk_households=512)
    result = simulate.compare(base, reform, population, on, changed_limit=10_000)
    each = {
        "baseline": vectorised.evaluate(base, population, on),
        "reform": vectorised.evaluate(reform, population, on),
    }
    for side, vector in each.items():
        summary = result[side]
        circles = np.bincount(vector.circle, minlength=4)
        assert summary["circles"] == {
            "1": circles[1],
            "2": circles[2],
            "3": circles[3],
            "none": circles[0],
        }
        for code, totals in summary["policies"].items():
            applied = vector.applied[code]
            assert totals["eligible_households"] == vector.eligible[code].sum(), code
            assert totals["applied_households"] == applied.sum(), code
            for key, amounts in (
                ("monthly_cost_yuan", vector.monthly),
                ("once_cost_yuan", vector.once),
            ):
                expected = Decimal(f"{amounts[code][applied].sum():.2f}")
                assert abs(Decimal(totals[key]) - expected) <= Decimal("0.01"), (code, key)
            if code in vector.beneficiaries:
                assert totals["beneficiaries"] == vector.beneficiaries[code][applied].sum()
    changed = np.flatnonzero(each["baseline"].circle != each["reform"].circle)
    assert result["changed_circle"] == changed.size > 0
    assert [c["household"] for c in result["changes"]] == [str(i) for i in changed]
    assert [c["to_circle"] or 0 for c in result["changes"]] == each["reform"].circle[
        changed
    ].tolist()
