"""Shapes for referrals, their occurrences and timeline."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from charity.households.schemas import MemberSummary

ReferralStatus = Literal[
    "proposed",
    "sent",
    "accepted",
    "declined",
    "in_service",
    "delivered",
    "confirmed",
    "expired",
    "cancelled",
]


class Recurrence(BaseModel):
    """Repeat deliveries: e.g. milk every week, 26 times (six months)."""

    model_config = ConfigDict(extra="forbid")

    every: Literal["week", "month"]
    count: int = Field(ge=2, le=104)
    start_on: date


class ReferralCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    need_id: uuid.UUID
    resource_id: uuid.UUID
    quantity: int = Field(default=1, ge=1, le=10_000, description="Per occurrence")
    recurrence: Recurrence | None = None
    note: str = Field(default="", max_length=1000)


class DeclineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=500)


class OccurrenceOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: Literal["delivered", "missed"] = "delivered"
    note: str | None = Field(default=None, max_length=500)


class OccurrenceRead(BaseModel):
    seq: int
    due_on: date
    status: str
    recorded_at: datetime | None
    note: str | None


class TransitionRead(BaseModel):
    from_status: str | None
    to_status: str
    by: str
    reason: str | None
    at: datetime


class SharedHousehold(BaseModel):
    """What a charity learns of the household: masked, only with consent, only what the need needs."""

    region_code: str
    region_name: str
    members: list[MemberSummary]


class ReferralRead(BaseModel):
    id: uuid.UUID
    status: ReferralStatus
    household_id: uuid.UUID
    need_id: uuid.UUID | None
    need_category: str | None
    need_text: str | None
    resource_id: uuid.UUID
    resource_name: str
    to_organization_id: uuid.UUID
    benefit_kind: str
    quantity: int
    held_quantity: int
    respond_by: datetime | None
    decline_reason: str | None
    recurrence: Recurrence | None
    occurrences: list[OccurrenceRead]
    household: SharedHousehold | None = Field(
        description="Null when the household did not consent to sharing"
    )
    timeline: list[TransitionRead]
    created_at: datetime


class ReferralSummary(BaseModel):
    id: uuid.UUID
    status: ReferralStatus
    household_id: uuid.UUID
    resource_id: uuid.UUID
    to_organization_id: uuid.UUID
    benefit_kind: str
    respond_by: datetime | None
    created_at: datetime


class ReferralPage(BaseModel):
    items: list[ReferralSummary]
    total: int
    limit: int
    offset: int


class ExpiryRun(BaseModel):
    expired: list[uuid.UUID]
