"""Request and response shapes for organizations and their people."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

OrganizationKind = Literal[
    "social_organization",  # 社会组织
    "charity",  # 慈善组织
    "social_work_agency",  # 社工机构
    "volunteer_team",  # 志愿服务队
    "enterprise",  # 爱心企业
    "supermarket",  # 爱心超市 / 供货超市
]
PersonRole = Literal["social_worker", "volunteer", "errand_runner", "group_buy_leader", "staff"]


class OrganizationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=120)
    kind: OrganizationKind
    region_code: str = Field(
        pattern=r"^\d{6}(\d{3}(\d{3})?)?$", description="Where it is based (county or below)"
    )
    regions_served: list[str] = Field(
        min_length=1, max_length=50, description="Region codes it covers (2–12 digits each)"
    )
    description: str = Field(default="", max_length=2000)
    contact_name: str | None = Field(default=None, max_length=60)
    contact_phone: str | None = Field(default=None, pattern=r"^[0-9+\- ]{5,30}$")
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    website: str | None = Field(default=None, pattern=r"^https?://\S+$")


class OrganizationRead(BaseModel):
    id: uuid.UUID
    name: str
    kind: str
    region_code: str
    region_name: str
    regions_served: list[str]
    description: str
    contact_name: str | None
    contact_phone: str | None
    email: str | None
    website: str | None
    created_at: datetime


class OrganizationPage(BaseModel):
    items: list[OrganizationRead]
    total: int
    limit: int
    offset: int


class PersonCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=60)
    role: PersonRole
    region_code: str = Field(pattern=r"^\d{6}(\d{3}(\d{3})?)?$")
    phone: str | None = Field(default=None, pattern=r"^1[3-9]\d{9}$")


class PersonRead(BaseModel):
    id: uuid.UUID
    organization_id: uuid.UUID
    name: str
    role: str
    region_code: str
    phone: str | None = Field(description="Masked unless the reader belongs to the organization")
    active: bool
