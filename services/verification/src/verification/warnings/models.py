"""The warning table (预警线索): one row per person (or household), rule and window."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, Numeric, String, UniqueConstraint
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from verification.db import BLIND_INDEX, VerificationModel

WarningKey = BigInteger().with_variant(Integer(), "sqlite")


class Warning(VerificationModel, table=True):
    """A lead for a home visit, raised by a rule from partner records and assigned to a town.

    `subject_key` is the person's blind index, or `household:<key>` for household-level rules (exit
    review); the unique constraint is what guarantees one warning per subject, rule and window, even
    when screenings run concurrently.
    """

    __tablename__ = "monitoring_warning"
    __table_args__ = (
        UniqueConstraint("subject_key", "rule_code", "window_start"),
        Index("ix_monitoring_warning_region_state", "assigned_region", "state"),
    )

    id: int | None = Field(default=None, sa_column=Column(WarningKey, primary_key=True))
    subject_key: str = Field(sa_column=Column(String(80), nullable=False))
    person_index: str | None = Field(default=None, sa_type=BLIND_INDEX)
    household_key: str = Field(max_length=64, index=True)
    household_id: uuid.UUID | None = None
    region_code: str = Field(max_length=12)
    assigned_region: str = Field(max_length=12)  # the town (乡镇) whose caseworkers visit
    rule_code: str = Field(max_length=60)
    rule_kind: str = Field(max_length=40)
    rule_version: int
    severity: str = Field(max_length=10)
    window_start: date
    window_from: date
    window_to: date
    figure_yuan: Decimal | None = Field(default=None, sa_column=Column(Numeric(16, 2)))
    event_count: int = 0
    evidence: list[Any] = Field(sa_column=Column(JSON, nullable=False))  # partner_record ids
    state: str = Field(default="new", max_length=20)
    raised_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    deadline_on: date
    dispatched_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    visit_started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    concluded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    concluded_by: str | None = Field(default=None, max_length=100)
    dismissal_reason: str | None = Field(default=None, max_length=500)
    escalated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    escalated_to: str | None = Field(default=None, max_length=12)  # the county (县) code
    enrolled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # enrolled after it
