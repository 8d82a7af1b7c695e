"""Load the rule tests written as data (tests/rules/*.yaml, in the spirit of OpenFisca's YAML tests).

Each file has `defaults` for a household and a member, and `cases`: compact facts → expected outputs.
Defaults live in the test data, in plain sight; the service itself never fills in a missing fact.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

RULES_DIR = Path(__file__).parent / "rules"


def load_cases() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    cases = []
    for path in sorted(RULES_DIR.glob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        defaults = content["defaults"]
        for case in content["cases"]:
            cases.append((f"{path.stem}: {case['name']}", facts_of(defaults, case), case["expect"]))
    return cases


def facts_of(defaults: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    h = {**defaults["household"], **case.get("household", {})}
    members = []
    for i, overrides in enumerate(case.get("members", [{}])):
        members.append({"person_id": f"m{i + 1}", **defaults["member"], **overrides})
    money = lambda v: f"{v:.2f}" if isinstance(v, int | float) else str(v)  # noqa: E731
    return {
        "region_code": str(h["region_code"]),
        "registration": h["registration"],
        "as_of": str(h["as_of"]),
        "members": members,
        "income": {"household_monthly_yuan": money(h["income"])},
        "assets": {
            "total_yuan": money(h["assets"]),
            "deposits_yuan": money(h["assets"]),
            "vehicles": h["vehicles"],
            "extra_housing": h["extra_housing"],
        },
        "expenditure": {
            "rigid_12m_yuan": money(
                h.get("rigid", h["medical"] + h["education"] + h["rehabilitation"])
            ),
            "medical_oop_12m_yuan": money(h["medical"]),
            "education_12m_yuan": money(h["education"]),
            "rehabilitation_12m_yuan": money(h["rehabilitation"]),
        },
        "hardship": {"sudden": h["sudden"], "kind": h["kind"]},
        "current_schemes": list(h["schemes"]),
    }
