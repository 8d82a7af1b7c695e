"""Shapes for service records, hotline calls and their summaries."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SummaryBy = Literal["project", "resource", "region", "period", "service_type"]


class ServiceRecordCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    organization_id: uuid.UUID
    resource_id: uuid.UUID | None = None
    service_type: str = Field(min_length=1, max_length=60)
    region_code: str = Field(pattern=r"^\d{6}(\d{3}(\d{3})?)?$")
    person_times: int = Field(ge=1, le=100_000)
    served_on: date
    note: str | None = Field(default=None, max_length=500)


class HotlineCallCreate(BaseModel):
    """A call to a hotline (红棉守护热线): one person-time of the hotline service."""

    model_config = ConfigDict(extra="forbid")

    resource_id: uuid.UUID = Field(description="The hotline resource")
    region_code: str = Field(pattern=r"^\d{6}(\d{3}(\d{3})?)?$", description="The caller's area")
    received_at: datetime
    duration_minutes: int = Field(ge=0, le=600)
    topic: Literal["psychological", "care", "health", "basic_living", "education", "legal", "other"]
    caller_phone: str | None = Field(
        default=None, pattern=r"^[0-9+\- ]{5,20}$", description="Stored masked only"
    )
    outcome: Literal["advised", "referred", "follow_up", "emergency"] = "advised"


class ServiceRecordRead(BaseModel):
    id: uuid.UUID
    organization_id: uuid.UUID
    resource_id: uuid.UUID | None
    project: str
    service_type: str
    channel: str
    region_code: str
    person_times: int
    served_on: date
    period: str
    referral_id: uuid.UUID | None
    details: dict[str, Any]


class ServiceRecordPage(BaseModel):
    items: list[ServiceRecordRead]
    total: int
    limit: int
    offset: int


class SummaryRow(BaseModel):
    key: str
    person_times: int
    records: int


class Summary(BaseModel):
    by: SummaryBy
    date_from: date | None
    date_to: date | None
    total_person_times: int
    rows: list[SummaryRow]
