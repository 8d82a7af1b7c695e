"""Service records: person-times served by project, resource and region; hotline calls among them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from charity.db import CharityModel
from jiuzhu_kit.db import UTCDateTime, utcnow


class ServiceRecord(CharityModel, table=True):
    """Service given (服务记录): how many person-times, of what, where and when."""

    __tablename__ = "service_record"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organization_id: uuid.UUID = Field(foreign_key="organization.id", index=True)
    resource_id: uuid.UUID | None = Field(default=None, foreign_key="resource.id", index=True)
    project: str = Field(max_length=120)  # the resource's name when recorded (幸福食堂 …)
    service_type: str = Field(max_length=60)  # meal, haircut, hotline_call, milk …
    channel: str = Field(max_length=20)  # referral | hotline | walk_in | love_list
    region_code: str = Field(max_length=12, index=True)
    person_times: int
    served_on: date = Field(index=True)
    period: str = Field(max_length=7, index=True)  # YYYY-MM in Asia/Shanghai
    household_id: uuid.UUID | None = None
    referral_id: uuid.UUID | None = None
    details: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    recorded_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
