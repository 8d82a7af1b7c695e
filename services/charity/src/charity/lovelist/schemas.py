"""Shapes for love-list products, group-buy campaigns, orders and deliveries."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Eligibility = Literal[
    "dispersed_tekun",  # 分散供养特困人员
    "serious_illness",  # 重特大疾病患者
    "severe_disability",  # 重度残疾人 (grade 1–2)
]


def _all_eligible() -> list[Eligibility]:
    return ["dispersed_tekun", "serious_illness", "severe_disability"]


class ProductCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    supplier_organization_id: uuid.UUID
    name: str = Field(min_length=1, max_length=120)
    unit: str = Field(min_length=1, max_length=20)
    market_price_yuan: Decimal = Field(max_digits=12, decimal_places=2, gt=0)
    list_price_yuan: Decimal = Field(
        max_digits=12, decimal_places=2, ge=0, description="3–50 元 below the market price"
    )
    eligibility: list[Eligibility] = Field(
        default_factory=_all_eligible,
        min_length=1,
    )
    quota_per_household: int = Field(ge=1, le=1000, description="Per household per month")
    regions_served: list[str] = Field(default_factory=list, max_length=50)
    initial_stock: int = Field(default=0, ge=0, le=10_000_000)


class StockIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quantity: int = Field(ge=1, le=10_000_000)


class ProductRead(BaseModel):
    id: uuid.UUID
    supplier_organization_id: uuid.UUID
    name: str
    unit: str
    market_price_yuan: Decimal
    list_price_yuan: Decimal
    discount_yuan: Decimal
    eligibility: list[str]
    quota_per_household: int
    regions_served: list[str]
    status: str
    stock_on_hand: int
    stock_reserved: int
    available: int


class CampaignCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    town_code: str = Field(pattern=r"^\d{9}$", description="The township/street (乡镇/街道)")
    title: str = Field(min_length=1, max_length=120)
    leader_person_id: uuid.UUID = Field(description="A person with the group_buy_leader role")
    station_name: str = Field(min_length=1, max_length=120)
    closes_at: datetime


class SupplierOrderRead(BaseModel):
    id: uuid.UUID
    supplier_organization_id: uuid.UUID
    lines: list[dict[str, Any]]
    total_yuan: Decimal


class CampaignRead(BaseModel):
    id: uuid.UUID
    town_code: str
    town_name: str
    title: str
    leader_person_id: uuid.UUID
    station_name: str
    opens_at: datetime
    closes_at: datetime
    status: str
    order_count: int
    supplier_orders: list[SupplierOrderRead]


class OrderCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    household_id: uuid.UUID
    product_id: uuid.UUID
    quantity: int = Field(ge=1, le=1000)
    campaign_id: uuid.UUID | None = None


class DeliveryRead(BaseModel):
    id: uuid.UUID
    order_id: uuid.UUID
    region_code: str
    stage: str
    station_name: str | None
    runner_person_id: uuid.UUID | None
    at_station_at: datetime | None
    assigned_at: datetime | None
    delivered_at: datetime | None


class OrderRead(BaseModel):
    id: uuid.UUID
    household_id: uuid.UUID
    product_id: uuid.UUID
    product_name: str
    campaign_id: uuid.UUID | None
    quantity: int
    unit_price_yuan: Decimal
    amount_yuan: Decimal
    status: str
    confirmation_code: str | None = Field(
        description="Shown to the buyer only: they give it to the runner at the door"
    )
    confirmation_locked_at: datetime | None = Field(
        description="Set when five wrong codes locked the confirmation; a re-issued code lifts it"
    )
    delivery: DeliveryRead
    created_at: datetime


class AssignRunner(BaseModel):
    model_config = ConfigDict(extra="forbid")

    runner_person_id: uuid.UUID


class ConfirmDelivery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    confirmation_code: str = Field(pattern=r"^\d{6}$")
