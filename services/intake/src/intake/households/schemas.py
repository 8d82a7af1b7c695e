"""Request and response shapes for households."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Relation = Literal[
    "head", "spouse", "child", "parent", "grandchild", "grandparent", "sibling", "other_relative"
]


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


class HouseholdCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    region_code: str = Field(
        pattern=r"^\d{9}(\d{3})?$",
        description="9-digit township code, or 12-digit village/community code extending it",
    )
    address: str = Field(min_length=1, max_length=300)
    registration: Literal["urban", "rural"] = Field(description="户籍性质: urban or rural")
    members: list[MemberCreate] = Field(min_length=1, max_length=30)


class MemberRead(BaseModel):
    id: uuid.UUID
    name: str
    id_number: str = Field(description="Masked unless the reader's role needs it")
    relation: str
    birth_date: date
    sex: str
    phone: str | None


class HouseholdRead(BaseModel):
    id: uuid.UUID
    region_code: str
    region_name: str
    address: str
    registration: str
    version: int
    created_at: datetime
    members: list[MemberRead]


class HouseholdPage(BaseModel):
    items: list[HouseholdRead]
    total: int
    limit: int
    offset: int
