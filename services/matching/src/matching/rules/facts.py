"""HouseholdFacts (docs/contracts.md) and needs: the input of a decision, and its flat form for the rules.

Every field a rule reads is required (null where the contract allows null): a missing one is a 422
naming it, never a silent default.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from matching.rules.variables import (
    BASE_VARIABLES,
    DISABILITY_CATEGORIES,
    EMPLOYMENT,
    HARDSHIP_KINDS,
    RELATIONS,
    SCHOOL_STAGES,
)

Money = Decimal
MONITORING_SCHEME = "return_to_poverty_monitoring"


class _Facts(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class MemberFacts(_Facts):
    person_id: str = Field(min_length=1, max_length=64)
    age: int = Field(ge=0, le=130)
    sex: Literal["male", "female"]
    relation: Literal[RELATIONS]  # type: ignore[valid-type]
    co_resident: bool
    excluded: bool = Field(description="clergy away 3+ years, in prison/compulsory rehab, missing")
    disability_category: Literal[DISABILITY_CATEGORIES] | None  # type: ignore[valid-type]
    disability_grade: int | None = Field(ge=1, le=4)
    serious_illness: bool
    chronic_illness: bool
    capacity_to_work: Literal["full", "partial", "none"]
    school_stage: Literal[SCHOOL_STAGES] | None  # type: ignore[valid-type]
    employment: Literal[EMPLOYMENT]  # type: ignore[valid-type]
    veteran: bool
    has_able_supporter: bool
    orphan: bool


class IncomeFacts(_Facts):
    household_monthly_yuan: Money = Field(ge=0, decimal_places=2)
    per_capita_monthly_yuan: Money | None = Field(default=None, ge=0)


class AssetFacts(_Facts):
    total_yuan: Money = Field(ge=0, decimal_places=2)
    deposits_yuan: Money = Field(ge=0, decimal_places=2)
    vehicles: int = Field(ge=0)
    extra_housing: int = Field(ge=0)


class ExpenditureFacts(_Facts):
    rigid_12m_yuan: Money = Field(ge=0, decimal_places=2)
    medical_oop_12m_yuan: Money = Field(ge=0, decimal_places=2)
    education_12m_yuan: Money = Field(ge=0, decimal_places=2)
    rehabilitation_12m_yuan: Money = Field(ge=0, decimal_places=2)


class HardshipFacts(_Facts):
    sudden: bool
    kind: Literal[HARDSHIP_KINDS] | None  # type: ignore[valid-type]


class HouseholdFacts(_Facts):
    """What matching decides on: the verified economic status plus intake's household data."""

    region_code: str = Field(pattern=r"^\d{6}(\d{3})?(\d{3})?$")
    registration: Literal["urban", "rural"]
    as_of: date
    members: list[MemberFacts] = Field(min_length=1, max_length=30)
    income: IncomeFacts
    assets: AssetFacts
    expenditure: ExpenditureFacts
    hardship: HardshipFacts
    current_schemes: list[str]

    @model_validator(mode="after")
    def _someone_counts(self) -> HouseholdFacts:
        if not any(m.co_resident and not m.excluded for m in self.members):
            raise ValueError("no member is co-resident and counted (共同生活家庭成员)")
        ids = [m.person_id for m in self.members]
        if len(set(ids)) != len(ids):
            raise ValueError("person_id values must be unique")
        return self


class Need(BaseModel):
    """A need of the household (需求清单)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: Literal[
        "basic_living",
        "rehabilitation",
        "care",
        "nursing",
        "psychological",
        "health",
        "financial_aid",
        "education",
        "employment",
    ]
    text: str = Field(min_length=1, max_length=500)
    urgency: Literal["low", "normal", "high", "critical"] = "normal"
    person_id: str | None = None


def facts_hash(facts: HouseholdFacts) -> str:
    canonical = json.dumps(facts.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass
class FlatHousehold:
    """A household as the rules see it: household variables and its counted members' variables."""

    region_code: str
    as_of: date
    household: dict[str, Any]
    persons: list[dict[str, Any]]  # counted members only, each with "person_id"
    not_counted: list[str]


def flatten(facts: HouseholdFacts) -> FlatHousehold:
    household: dict[str, Any] = {
        "registration": facts.registration,
        "household_monthly_income": facts.income.household_monthly_yuan,
        "assets_total": facts.assets.total_yuan,
        "deposits": facts.assets.deposits_yuan,
        "vehicles": Decimal(facts.assets.vehicles),
        "extra_housing": Decimal(facts.assets.extra_housing),
        "rigid_expenditure_12m": facts.expenditure.rigid_12m_yuan,
        "medical_oop_12m": facts.expenditure.medical_oop_12m_yuan,
        "education_12m": facts.expenditure.education_12m_yuan,
        "rehabilitation_12m": facts.expenditure.rehabilitation_12m_yuan,
        "hardship_sudden": facts.hardship.sudden,
        "hardship_kind": facts.hardship.kind,
        "monitored_for_return_to_poverty": MONITORING_SCHEME in facts.current_schemes,
    }
    persons, not_counted = [], []
    for m in facts.members:
        if not m.co_resident or m.excluded:
            not_counted.append(m.person_id)
            continue
        person = {
            name: getattr(m, name) for name, v in BASE_VARIABLES.items() if v.entity == "person"
        }
        person["age"] = Decimal(m.age)
        person["disability_grade"] = (
            Decimal(m.disability_grade) if m.disability_grade is not None else None
        )
        person["person_id"] = m.person_id
        persons.append(person)
    return FlatHousehold(facts.region_code, facts.as_of, household, persons, not_counted)
