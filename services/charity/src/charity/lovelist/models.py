"""The love list (爱心清单): discounted products, town group-buys, orders and door-to-door deliveries."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Numeric, UniqueConstraint
from sqlmodel import Field

from charity.db import CharityModel, pii_cipher
from jiuzhu_kit.db import UTCDateTime, utcnow
from jiuzhu_kit.pii import EncryptedString

Money = Numeric(12, 2)


class LoveListProduct(CharityModel, table=True):
    """A product a supermarket lists 3–50 元 below market for eligible households."""

    __tablename__ = "love_list_product"
    __table_args__ = (
        CheckConstraint(
            "market_price_yuan - list_price_yuan >= 3 AND market_price_yuan - list_price_yuan <= 50",
            name="discount_3_to_50_yuan",
        ),
        CheckConstraint("stock_on_hand >= 0", name="stock_on_hand_not_negative"),
        CheckConstraint(
            "stock_reserved >= 0 AND stock_reserved <= stock_on_hand", name="stock_reserved_bounded"
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    supplier_organization_id: uuid.UUID = Field(foreign_key="organization.id", index=True)
    name: str = Field(max_length=120)
    unit: str = Field(max_length=20)
    market_price_yuan: Decimal = Field(sa_type=Money)
    list_price_yuan: Decimal = Field(sa_type=Money)
    eligibility: list[str] = Field(sa_column=Column(JSON, nullable=False))
    quota_per_household: int  # per month (Asia/Shanghai)
    regions_served: list[str] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(default="active", max_length=10)
    stock_on_hand: int = 0
    stock_reserved: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class GroupBuyCampaign(CharityModel, table=True):
    """A town's group-buy (团购): a leader collects orders until it closes."""

    __tablename__ = "group_buy_campaign"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    town_code: str = Field(max_length=9, index=True)
    title: str = Field(max_length=120)
    leader_person_id: uuid.UUID = Field(foreign_key="organization_person.id")
    station_name: str = Field(max_length=120)  # village or social-work station goods arrive at
    opens_at: datetime = Field(sa_type=UTCDateTime)
    closes_at: datetime = Field(sa_type=UTCDateTime)
    status: str = Field(default="open", max_length=10)  # open | closed
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_by: str = Field(max_length=120)


class SupplierOrder(CharityModel, table=True):
    """One consolidated order per supplier when a campaign closes."""

    __tablename__ = "supplier_order"
    __table_args__ = (UniqueConstraint("campaign_id", "supplier_organization_id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    campaign_id: uuid.UUID = Field(foreign_key="group_buy_campaign.id", index=True)
    supplier_organization_id: uuid.UUID = Field(foreign_key="organization.id")
    lines: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    total_yuan: Decimal = Field(sa_type=Money)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class LoveOrder(CharityModel, table=True):
    """A household's order of a love-list product."""

    __tablename__ = "love_order"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    household_id: uuid.UUID = Field(foreign_key="household_profile.household_id", index=True)
    product_id: uuid.UUID = Field(foreign_key="love_list_product.id", index=True)
    supplier_organization_id: uuid.UUID = Field(foreign_key="organization.id", index=True)
    campaign_id: uuid.UUID | None = Field(
        default=None, foreign_key="group_buy_campaign.id", index=True
    )
    quantity: int
    unit_price_yuan: Decimal = Field(sa_type=Money)
    amount_yuan: Decimal = Field(sa_type=Money)
    period: str = Field(max_length=7)  # quota month, YYYY-MM
    # placed → consolidated → at_station → out_for_delivery → delivered; or cancelled
    status: str = Field(default="placed", max_length=20, index=True)
    confirmation_code: str = Field(sa_column=Column(EncryptedString(pii_cipher, 6), nullable=False))
    # Wrong codes entered at the door since the code was (re-)issued; at the limit the confirmation
    # is locked until a new code is issued (orders.WRONG_CODES_BEFORE_LOCK).
    confirmation_failures: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    confirmation_locked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    placed_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Delivery(CharityModel, table=True):
    """Supermarket → station → door, by an assigned errand runner (跑腿帮), proven by the code."""

    __tablename__ = "delivery"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    order_id: uuid.UUID = Field(foreign_key="love_order.id", unique=True)
    region_code: str = Field(max_length=12, index=True)
    stage: str = Field(default="at_supermarket", max_length=20)
    station_name: str | None = Field(default=None, max_length=120)
    runner_person_id: uuid.UUID | None = Field(default=None, foreign_key="organization_person.id")
    runner_organization_id: uuid.UUID | None = Field(default=None, index=True)
    at_station_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    assigned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
