"""Request and response shapes for households, their members, declared incomes and assets."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Relation = Literal[
    "head", "spouse", "child", "parent", "grandchild", "grandparent", "sibling", "other_relative"
]
DisabilityCategory = Literal[
    "physical", "intellectual", "mental", "visual", "hearing", "speech", "multiple"
]
SchoolStage = Literal[
    "preschool", "primary", "junior", "senior", "vocational", "undergraduate", "postgraduate"
]
Employment = Literal[
    "employed", "unemployed", "farming", "self_employed", "retired", "student", "none"
]
# 不计入收入 types (优抚金, 计生奖励, 奖学金, 见义勇为奖金, 政府救助金, 基础养老金) are declared too:
# verification decides what counts, intake records what the household says.
IncomeType = Literal[
    "wage",
    "business",
    "property",
    "transfer",
    "pension",
    "basic_pension",
    "veterans_benefit",
    "family_planning_reward",
    "scholarship",
    "heroism_award",
    "government_assistance",
    "other",
]
AssetType = Literal[
    "deposit",
    "securities",
    "fund",
    "commercial_insurance",
    "debt_owed",
    "vehicle",
    "housing",
    "business",
    "other",
]


class IncomeDeclared(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: IncomeType
    monthly_yuan: Decimal = Field(ge=0, max_digits=12, decimal_places=2)


class AssetDeclared(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: AssetType
    value_yuan: Decimal = Field(ge=0, max_digits=14, decimal_places=2)


class MemberCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=60)
    id_number: str = Field(
        min_length=18, max_length=18, description="Resident ID (GB 11643), 18 characters"
    )
    relation: Relation
    birth_date: date | None = Field(
        default=None, description="If given, must match the birth date in the ID number"
    )
    sex: Literal["male", "female"] | None = Field(
        default=None, description="If given, must match the sex encoded in the ID number"
    )
    phone: str | None = Field(default=None, pattern=r"^1[3-9]\d{9}$")
    disability_category: DisabilityCategory | None = None
    disability_grade: int | None = Field(default=None, ge=1, le=4, description="残疾等级 1–4")
    serious_illness: bool = Field(default=False, description="重特大疾病")
    chronic_illness: bool = False
    capacity_to_work: Literal["full", "partial", "none"] = "full"
    school_stage: SchoolStage | None = None
    employment: Employment = "none"
    co_resident: bool = Field(default=True, description="共同生活")
    exclusion: Literal["clergy_away_3y", "prison", "compulsory_rehab", "missing"] | None = Field(
        default=None, description="Why a listed person does not count as a household member"
    )
    veteran: bool = False
    has_able_supporter: bool = True
    incomes: list[IncomeDeclared] = Field(default_factory=list, max_length=20)
    assets: list[AssetDeclared] = Field(default_factory=list, max_length=20)


class HouseholdCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    region_code: str = Field(
        pattern=r"^\d{9}(\d{3})?$",
        description="9-digit township code, or 12-digit village/community code extending it",
    )
    address: str = Field(min_length=1, max_length=300)
    registration: Literal["urban", "rural"] = Field(description="户籍性质: urban or rural")
    members: list[MemberCreate] = Field(min_length=1, max_length=30)


class HouseholdUpdate(HouseholdCreate):
    """A whole new declaration of the household; it becomes the next version."""

    reason: str | None = Field(default=None, max_length=300)


class MemberRead(BaseModel):
    id: uuid.UUID
    name: str
    id_number: str = Field(description="Masked unless the reader's role needs it")
    relation: str
    birth_date: date
    sex: str
    phone: str | None
    disability_category: str | None
    disability_grade: int | None
    serious_illness: bool
    chronic_illness: bool
    capacity_to_work: str
    school_stage: str | None
    employment: str
    co_resident: bool
    exclusion: str | None
    veteran: bool
    has_able_supporter: bool
    incomes: list[IncomeDeclared]
    assets: list[AssetDeclared]


class HouseholdRead(BaseModel):
    id: uuid.UUID
    region_code: str
    region_name: str
    address: str
    registration: str
    status: str
    version: int
    created_at: datetime
    updated_at: datetime
    members: list[MemberRead]


class HouseholdVersionRead(BaseModel):
    version: int
    changed_at: datetime
    changed_by: str
    reason: str | None
    declaration: dict[str, Any] = Field(description="The declaration as it was (IDs masked)")


class HouseholdHistory(BaseModel):
    household_id: uuid.UUID
    versions: list[HouseholdVersionRead]


class HouseholdPage(BaseModel):
    items: list[HouseholdRead]
    total: int
    limit: int
    offset: int
