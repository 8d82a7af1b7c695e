"""Economic check reports: immutable, versioned per application."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from verification.db import VerificationModel


class EconomicCheck(VerificationModel, table=True):
    """One version of a household's economic-status report (家庭经济状况核对报告). Never updated."""

    __tablename__ = "economic_check"
    __table_args__ = (UniqueConstraint("application_id", "version"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(index=True)
    household_id: uuid.UUID = Field(index=True)
    household_version: int | None = None
    region_code: str = Field(max_length=12, index=True)
    version: int
    consent_id: uuid.UUID | None = None
    period_from: date
    period_to: date
    conclusion: str = Field(max_length=30)
    summary: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    report: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    facts: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    requested_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
