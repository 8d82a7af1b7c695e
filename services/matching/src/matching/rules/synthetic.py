"""A seeded synthetic population (Hunan and Guangzhou), for what-if tests, the back-end agreement test
and the simulation benchmark. Values cluster around the rules' edges (standards, ages 16/60/70)."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from matching.rules.facts import HouseholdFacts
from matching.rules.population import HOUSEHOLD_VARIABLES, PERSON_VARIABLES, Population
from matching.rules.variables import BASE_VARIABLES

REGIONS = [
    "431028206",  # 安仁县牌楼乡
    "431022115",  # 宜章县五岭镇
    "430211102",  # 天元区雷打石镇
    "430203001",  # 芦淞区贺家土街道
    "430102001",  # 长沙市芙蓉区
    "430405001",  # 衡阳市
    "430902001",  # 益阳市
    "440117001",  # 从化区街口街道
    "440103001",  # 广州市荔湾区
]


def _category(rng: np.random.Generator, name: str, n: int, p: list[float]) -> np.ndarray:
    vocabulary = BASE_VARIABLES[name].vocabulary
    assert len(p) == len(vocabulary)
    return rng.choice(len(vocabulary), size=n, p=p).astype(np.int8)


def generate(households: int, seed: int = 20261128) -> Population:
    rng = np.random.default_rng(seed)
    h = households
    sizes = rng.choice(np.arange(1, 7), size=h, p=[0.10, 0.18, 0.20, 0.27, 0.15, 0.10])
    p = int(sizes.sum())
    person_household = np.repeat(np.arange(h, dtype=np.int32), sizes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    region_index = rng.integers(0, len(REGIONS), size=h).astype(np.int32)
    guangzhou = region_index >= REGIONS.index("440117001")
    # Per-capita income in whole yuan, so that some land exactly on a standard or a k× line.
    per_capita = np.where(guangzhou, rng.integers(0, 2400, size=h), rng.integers(0, 1200, size=h))
    medical = np.where(rng.random(h) < 0.3, np.round(rng.exponential(15000, size=h), 2), 0.0)
    education = np.where(rng.random(h) < 0.3, np.round(rng.exponential(6000, size=h), 2), 0.0)
    rehab = np.where(rng.random(h) < 0.1, np.round(rng.exponential(5000, size=h), 2), 0.0)
    sudden = rng.random(h) < 0.06
    household = {
        "registration": _category(rng, "registration", h, [0.3, 0.7]),
        "household_monthly_income": (per_capita * sizes).astype(np.float64),
        "assets_total": np.round(rng.exponential(12000, size=h), 0),
        "deposits": np.zeros(h),
        "vehicles": (rng.random(h) < 0.05).astype(np.float64),
        "extra_housing": (rng.random(h) < 0.02).astype(np.float64),
        "rigid_expenditure_12m": np.round(medical + education + rehab, 2),
        "medical_oop_12m": medical,
        "education_12m": education,
        "rehabilitation_12m": rehab,
        "hardship_sudden": sudden,
        "hardship_kind": np.where(
            sudden, rng.integers(1, len(BASE_VARIABLES["hardship_kind"].vocabulary), size=h), 0
        ).astype(np.int8),
        "monitored_for_return_to_poverty": rng.random(h) < 0.05,
    }
    household["deposits"] = household["assets_total"]
    age = rng.integers(0, 92, size=p).astype(np.float64)
    disabled = rng.random(p) < 0.1
    grade = np.where(disabled, rng.integers(1, 5, size=p), np.nan)
    category = np.where(disabled, rng.integers(1, 8, size=p), 0).astype(np.int8)
    capacity = np.where(
        (age < 16) | (age >= 70) | (grade <= 2),
        2,
        rng.choice(3, size=p, p=[0.7, 0.2, 0.1]),
    ).astype(np.int8)
    stage = np.select(
        [age < 3, age < 6, age < 12, age < 15, age < 18, (age < 22) & (rng.random(p) < 0.4)],
        [0, 1, 2, 3, 4, 6],
        default=0,
    ).astype(np.int8)
    relation = np.full(p, 2, dtype=np.int8)  # child
    relation[starts] = 0  # head
    person = {
        "age": age,
        "sex": rng.integers(0, 2, size=p).astype(np.int8),
        "relation": relation,
        "disability_category": category,
        "disability_grade": grade,
        "serious_illness": rng.random(p) < 0.05,
        "chronic_illness": rng.random(p) < 0.1,
        "capacity_to_work": capacity,
        "school_stage": stage,
        "employment": rng.integers(0, 7, size=p).astype(np.int8),
        "veteran": rng.random(p) < 0.03,
        "has_able_supporter": rng.random(p) < 0.7,
        "orphan": (age < 18) & (rng.random(p) < 0.02),
    }
    return Population(
        household_ids=[],
        region_codes=list(REGIONS),
        region_index=region_index,
        household=household,
        person=person,
        person_household=person_household,
        starts=starts,
    )


def _decode(name: str, value: Any) -> Any:
    variable = BASE_VARIABLES[name]
    if variable.type == "category":
        return variable.vocabulary[int(value)]
    if variable.type == "bool":
        return bool(value)
    if np.isnan(value):
        return None
    return value


def to_facts(population: Population, index: int, as_of: date) -> HouseholdFacts:
    """The i-th household as HouseholdFacts, for the per-household back end."""
    hh = {v.name: _decode(v.name, population.household[v.name][index]) for v in HOUSEHOLD_VARIABLES}
    start = int(population.starts[index])
    end = (
        int(population.starts[index + 1])
        if index + 1 < population.households
        else population.persons
    )
    members = []
    for j in range(start, end):
        m = {v.name: _decode(v.name, population.person[v.name][j]) for v in PERSON_VARIABLES}
        m["age"] = int(m["age"])
        if m["disability_grade"] is not None:
            m["disability_grade"] = int(m["disability_grade"])
        members.append({**m, "person_id": f"p{j - start}", "co_resident": True, "excluded": False})
    yuan = lambda v: f"{v:.2f}"  # noqa: E731
    return HouseholdFacts.model_validate(
        {
            "region_code": population.region_codes[int(population.region_index[index])],
            "registration": hh["registration"],
            "as_of": as_of,
            "members": members,
            "income": {"household_monthly_yuan": yuan(hh["household_monthly_income"])},
            "assets": {
                "total_yuan": yuan(hh["assets_total"]),
                "deposits_yuan": yuan(hh["deposits"]),
                "vehicles": int(hh["vehicles"]),
                "extra_housing": int(hh["extra_housing"]),
            },
            "expenditure": {
                "rigid_12m_yuan": yuan(hh["rigid_expenditure_12m"]),
                "medical_oop_12m_yuan": yuan(hh["medical_oop_12m"]),
                "education_12m_yuan": yuan(hh["education_12m"]),
                "rehabilitation_12m_yuan": yuan(hh["rehabilitation_12m"]),
            },
            "hardship": {"sudden": hh["hardship_sudden"], "kind": hh["hardship_kind"]},
            "current_schemes": (
                ["return_to_poverty_monitoring"] if hh["monitored_for_return_to_poverty"] else []
            ),
        }
    )
