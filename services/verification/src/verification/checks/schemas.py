"""The CheckRequest of docs/contracts.md and the shapes of a check report."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Consent(BaseModel):
    """The household's written authorization to check its economic status (授权核对)."""

    model_config = ConfigDict(extra="ignore")

    consent_id: uuid.UUID
    granted_by: str
    granted_at: datetime
    scope: list[str]


class Period(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: date = Field(alias="from")
    to: date


class Member(BaseModel):
    """A declared member of the household (contract `Member`)."""

    model_config = ConfigDict(extra="ignore")

    member_id: str
    id_number: str
    name: str | None = None
    relation: str = "other"
    birth_date: date | None = None
    sex: Literal["male", "female"] | None = None
    co_resident: bool = True
    exclusion: Literal["clergy_away_3y", "prison", "compulsory_rehab", "missing"] | None = None
    disability_category: (
        Literal["physical", "intellectual", "mental", "visual", "hearing", "speech", "multiple"]
        | None
    ) = None
    disability_grade: int | None = Field(default=None, ge=1, le=4)
    serious_illness: bool = False
    chronic_illness: bool = False
    capacity_to_work: Literal["full", "partial", "none"] | None = None
    school_stage: str | None = None
    employment: str | None = None
    veteran: bool = False
    has_able_supporter: bool | None = None


class DeclaredIncome(BaseModel):
    id_number: str
    type: str
    monthly_yuan: Decimal = Field(ge=0)


class DeclaredAsset(BaseModel):
    id_number: str
    type: str
    value_yuan: Decimal = Field(ge=0)


class Declared(BaseModel):
    incomes: list[DeclaredIncome] = []
    assets: list[DeclaredAsset] = []


class AssetLimits(BaseModel):
    """The region's asset limits, when the requester knows them (otherwise service defaults)."""

    financial_assets_per_capita_yuan: Decimal | None = Field(default=None, ge=0)
    vehicles: int | None = Field(default=None, ge=0)
    extra_housing: int | None = Field(default=None, ge=0)


class CheckRequest(BaseModel):
    """A household snapshot to check, with the consent that allows it (contract `CheckRequest`)."""

    model_config = ConfigDict(extra="ignore")

    application_id: uuid.UUID
    household_id: uuid.UUID
    household_version: int | None = None
    region_code: str = Field(pattern=r"^\d{6}(\d{3}(\d{3})?)?$")
    registration: Literal["urban", "rural"]
    consent: Consent | None = None
    period: Period | None = None
    members: list[Member] = Field(min_length=1)
    declared: Declared = Declared()
    limits: AssetLimits = AssetLimits()


class CheckRead(BaseModel):
    """An immutable check report; a re-check is a new version."""

    id: uuid.UUID
    application_id: uuid.UUID
    household_id: uuid.UUID
    region_code: str
    version: int
    consent_id: uuid.UUID | None
    period_from: date
    period_to: date
    conclusion: str
    summary: dict[str, Any]
    report: dict[str, Any]
    requested_by: str
    created_at: datetime
