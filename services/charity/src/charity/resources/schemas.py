"""Request and response shapes for resources, stock lots and the ledger."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ResourceKind = Literal["goods", "service", "volunteer_offer", "project", "hotline"]
NeedCategory = Literal[
    "basic_living",
    "rehabilitation",
    "care",  # 关怀
    "nursing",  # 照护
    "psychological",
    "health",
    "financial_aid",  # 资助
    "education",
    "employment",
]
TargetGroup = Literal[
    "all",
    "tekun",  # 特困
    "dibao",  # 低保
    "low_income_edge",  # 低保边缘
    "rigid_expenditure",  # 刚性支出困难
    "elderly",  # 60+
    "child",  # under 18
    "disability",
    "severe_disability",  # grade 1–2
    "serious_illness",
]


def _open_to_all() -> list[TargetGroup]:
    return ["all"]


ResourceStatus = Literal["active", "paused", "closed"]


class ResourceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    organization_id: uuid.UUID
    kind: ResourceKind
    name: str = Field(min_length=1, max_length=120)
    description: str = Field(default="", max_length=2000)
    category: NeedCategory
    benefit_kind: str = Field(
        min_length=1,
        max_length=60,
        description="What the household gets (milk, rice, haircut …): the per-household guard "
        "allows one of a kind from one organization per period",
    )
    target_groups: list[TargetGroup] = Field(default_factory=_open_to_all, max_length=10)
    regions_served: list[str] = Field(default_factory=list, max_length=50)
    unit: str | None = Field(default=None, max_length=20, description="Goods: 箱, 袋, 份 …")
    capacity_per_period: int | None = Field(default=None, ge=1, le=1_000_000)
    capacity_period: Literal["week", "month"] | None = None
    schedule: str | None = Field(default=None, max_length=300)


class ResourceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: ResourceStatus | None = None
    description: str | None = Field(default=None, max_length=2000)
    capacity_per_period: int | None = Field(default=None, ge=1, le=1_000_000)
    schedule: str | None = Field(default=None, max_length=300)


class ResourceRead(BaseModel):
    id: uuid.UUID
    organization_id: uuid.UUID
    kind: str
    name: str
    description: str
    category: str
    benefit_kind: str
    target_groups: list[str]
    regions_served: list[str]
    status: str
    unit: str | None
    stock_on_hand: int
    stock_reserved: int
    stock_issued: int
    capacity_per_period: int | None
    capacity_period: str | None
    schedule: str | None
    available: int | None = Field(
        description="Goods: on hand minus reserved; services: capacity left this period; "
        "null when unlimited"
    )


class ResourcePage(BaseModel):
    items: list[ResourceRead]
    total: int
    limit: int
    offset: int


class LotCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lot_code: str = Field(min_length=1, max_length=60)
    quantity: int = Field(ge=1, le=10_000_000)
    unit: str = Field(min_length=1, max_length=20)
    expires_on: date | None = None


class LotRead(BaseModel):
    id: uuid.UUID
    lot_code: str
    quantity: int
    unit: str
    expires_on: date | None
    received_at: datetime


class MovementRead(BaseModel):
    movement: str
    quantity: int
    referral_id: uuid.UUID | None
    at: datetime


class LedgerRead(BaseModel):
    resource: ResourceRead
    lots: list[LotRead]
    movements: list[MovementRead]
