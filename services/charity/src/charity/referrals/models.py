"""Referrals (转介) in a closed loop, their recurring occurrences, and every state change."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from charity.db import CharityModel
from jiuzhu_kit.db import UTCDateTime, utcnow


class Referral(CharityModel, table=True):
    """A household's need sent to the organization whose resource can meet it."""

    __tablename__ = "referral"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    household_id: uuid.UUID = Field(foreign_key="household_profile.household_id", index=True)
    need_id: uuid.UUID | None = Field(default=None, foreign_key="household_need.id")
    resource_id: uuid.UUID = Field(foreign_key="resource.id", index=True)
    to_organization_id: uuid.UUID = Field(foreign_key="organization.id", index=True)
    referred_by: str = Field(max_length=120)
    referred_by_organization_id: uuid.UUID | None = Field(default=None, index=True)
    region_code: str = Field(max_length=12, index=True)
    benefit_kind: str = Field(max_length=60, index=True)
    quantity: int  # per occurrence
    held_quantity: int = 0  # stock or capacity still held for it
    hold_period: str | None = Field(default=None, max_length=10)  # capacity period held
    guard_period: str = Field(max_length=10)  # period of the same-kind guard
    status: str = Field(default="proposed", max_length=12, index=True)
    share_personal_data: bool = False  # the household's consent, as it stood when proposed
    note: str = Field(default="", max_length=1000)
    respond_by: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    decline_reason: str | None = Field(default=None, max_length=500)
    recurrence_unit: str | None = Field(default=None, max_length=10)  # week | month
    recurrence_count: int | None = None
    start_on: date | None = None
    confirmed_by: str | None = Field(default=None, max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReferralOccurrence(CharityModel, table=True):
    """One delivery of a recurring referral (e.g. week 7 of six months of milk)."""

    __tablename__ = "referral_occurrence"
    __table_args__ = (UniqueConstraint("referral_id", "seq"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    referral_id: uuid.UUID = Field(foreign_key="referral.id", index=True)
    seq: int
    due_on: date
    status: str = Field(default="scheduled", max_length=12)  # scheduled | delivered | missed
    recorded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str | None = Field(default=None, max_length=500)


class ReferralTransition(CharityModel, table=True):
    """The referral's timeline: who moved it from which state to which, when and why."""

    __tablename__ = "referral_transition"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    referral_id: uuid.UUID = Field(foreign_key="referral.id", index=True)
    from_status: str | None = Field(default=None, max_length=12)
    to_status: str = Field(max_length=12)
    by: str = Field(max_length=120)
    reason: str | None = Field(default=None, max_length=500)
    at: datetime = Field(sa_type=UTCDateTime)
