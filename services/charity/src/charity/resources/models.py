"""Resources of the pool: goods with a stock ledger, services with capacity per period, projects."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Column, UniqueConstraint
from sqlmodel import Field

from charity.db import CharityModel
from jiuzhu_kit.db import UTCDateTime, utcnow


class Resource(CharityModel, table=True):
    """Something an organization offers: goods (milk, rice), a service, a volunteer offer, a project."""

    __tablename__ = "resource"
    __table_args__ = (
        # The ledger's invariants, enforced by the database too: stock never goes negative and
        # never more is reserved than is on hand.
        CheckConstraint("stock_on_hand >= 0", name="stock_on_hand_not_negative"),
        CheckConstraint(
            "stock_reserved >= 0 AND stock_reserved <= stock_on_hand", name="stock_reserved_bounded"
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organization_id: uuid.UUID = Field(foreign_key="organization.id", index=True)
    kind: str = Field(max_length=20)  # goods | service | volunteer_offer | project | hotline
    name: str = Field(max_length=120)
    description: str = Field(default="", max_length=2000)
    category: str = Field(max_length=30, index=True)  # needs taxonomy (需求清单)
    benefit_kind: str = Field(max_length=60)  # what the household gets, for the same-kind guard
    target_groups: list[str] = Field(sa_column=Column(JSON, nullable=False))
    regions_served: list[str] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(default="active", max_length=20)  # active | paused | closed
    unit: str | None = Field(default=None, max_length=20)
    stock_on_hand: int = 0  # received and not yet issued
    stock_reserved: int = 0  # held for pending referrals, part of on hand
    stock_issued: int = 0  # handed out, ever
    capacity_per_period: int | None = None  # services: how many can be served per period
    capacity_period: str | None = Field(default=None, max_length=10)  # week | month
    schedule: str | None = Field(default=None, max_length=300)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class StockLot(CharityModel, table=True):
    """A lot of goods received (批次): quantity, unit, expiry."""

    __tablename__ = "stock_lot"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    resource_id: uuid.UUID = Field(foreign_key="resource.id", index=True)
    lot_code: str = Field(max_length=60)
    quantity: int
    unit: str = Field(max_length=20)
    expires_on: date | None = None
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class StockMovement(CharityModel, table=True):
    """One line of the stock ledger: received, reserved, released or issued."""

    __tablename__ = "stock_movement"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    resource_id: uuid.UUID = Field(foreign_key="resource.id", index=True)
    movement: str = Field(max_length=12)  # received | reserved | released | issued
    quantity: int
    referral_id: uuid.UUID | None = Field(default=None, index=True)
    lot_id: uuid.UUID | None = None
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CapacityUsage(CharityModel, table=True):
    """How much of a service's capacity is held (pending referrals) and used in one period."""

    __tablename__ = "capacity_usage"
    __table_args__ = (
        UniqueConstraint("resource_id", "period_key"),
        CheckConstraint("held >= 0 AND used >= 0", name="capacity_not_negative"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    resource_id: uuid.UUID = Field(foreign_key="resource.id", index=True)
    period_key: str = Field(max_length=10)
    held: int = 0
    used: int = 0
