"""One rule compiler, two back ends: per household and vectorised agree on a generated population."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np

from matching.rules import catalog, engine, synthetic, vectorised


def test_per_household_and_vectorised_back_ends_agree_on_a_generated_population() -> None:
    built = catalog.build(catalog.shipped_document())
    on = date(2026, 11, 28)
    population = synthetic.generate(1500, seed=11)
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
