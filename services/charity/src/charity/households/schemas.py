"""Shapes for households, their needs, and ranked candidate resources."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from charity.resources.schemas import NeedCategory

Urgency = Literal["low", "normal", "high", "critical"]


class MemberSummary(BaseModel):
    """A member as charity may know them: no ID number, the name masked (张**)."""

    model_config = ConfigDict(extra="ignore")

    name_masked: str = Field(max_length=60)
    age: int = Field(ge=0, le=130)
    sex: Literal["male", "female"]
    disability_category: str | None = Field(default=None, max_length=20)
    disability_grade: int | None = Field(default=None, ge=1, le=4)
    serious_illness: bool = False


class NeedIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    category: NeedCategory
    text: str = Field(min_length=1, max_length=500)
    urgency: Urgency = "normal"
    person_index: int | None = Field(default=None, ge=0, description="Position in `members`")


class HouseholdRegister(BaseModel):
    """A caseworker registers a household directly (without an intake event), e.g. a walk-in."""

    model_config = ConfigDict(extra="forbid")

    region_code: str = Field(pattern=r"^\d{9}(\d{3})?$")
    circle: Literal[1, 2, 3] | None = None
    group: str | None = Field(default=None, max_length=40, description="dibao, tekun_dispersed …")
    consent_to_share: bool = Field(description="授权: may charities see masked member data?")
    members: list[MemberSummary] = Field(min_length=1, max_length=30)
    applicant_subject: str | None = Field(
        default=None, max_length=120, description="The household's own login, for love-list orders"
    )
    needs: list[NeedIn] = Field(default_factory=list, max_length=30)


class NeedRead(BaseModel):
    id: uuid.UUID
    household_id: uuid.UUID
    category: str
    text: str
    urgency: str
    person_index: int | None
    status: str
    created_at: datetime


class HouseholdRead(BaseModel):
    household_id: uuid.UUID
    region_code: str
    region_name: str
    circle: int | None
    group: str | None
    consent_to_share: bool
    members: list[MemberSummary] | None = Field(
        description="Masked members; null for a charity partner without the household's consent"
    )
    needs: list[NeedRead]


class Candidate(BaseModel):
    rank: int
    score: int
    resource_id: uuid.UUID
    resource_name: str
    kind: str
    organization_id: uuid.UUID
    organization_name: str
    available: int | None
    region_level: str | None = Field(description="Closest level shared with the household")
    blocked: bool = Field(description="True if the same-kind guard would refuse a referral")
    reasons: list[str]


class CandidateList(BaseModel):
    need: NeedRead
    candidates: list[Candidate]
