"""Tables of monitoring: the monitored population, published rule versions and full-screening jobs."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Column, Index, Numeric, String
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from jiuzhu_kit.pii import EncryptedString
from verification.db import BLIND_INDEX, VerificationModel, pii_cipher

# Who is under monitoring (监测对象) and why; exit review only ever concerns `enrolled`.
POPULATION_STATUSES = (
    "enrolled",  # 在保对象 (低保, 特困 …)
    "near_subsistence",  # 低保边缘
    "return_to_poverty_watch",  # 防止返贫监测对象
    "applicant",  # 申请中
    "flagged",  # 其他重点关注
)


class MonitoredHousehold(VerificationModel, table=True):
    """A household under monitoring: where it lives, why it is watched, what it may earn and own."""

    __tablename__ = "monitored_household"

    household_key: str = Field(sa_column=Column(String(64), primary_key=True))
    household_id: uuid.UUID | None = Field(default=None, index=True)  # intake's id, once known
    application_id: uuid.UUID | None = None
    region_code: str = Field(max_length=12, index=True)
    status: str = Field(max_length=30)
    address: str | None = Field(default=None, max_length=200)
    registration: str | None = Field(default=None, max_length=10)  # rural | urban
    # Indexed: screening bounds the income-share rule by the lowest income (min() from the index).
    annual_income_yuan: Decimal | None = Field(
        default=None, sa_column=Column(Numeric(14, 2), index=True)
    )
    income_threshold_monthly_yuan: Decimal | None = Field(
        default=None, sa_column=Column(Numeric(14, 2))
    )  # per capita, for exit review
    assets_threshold_yuan: Decimal | None = Field(default=None, sa_column=Column(Numeric(14, 2)))
    schemes: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    enrolled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class MonitoredPerson(VerificationModel, table=True):
    """One monitored person, by blind index; the resident ID and name are kept encrypted."""

    __tablename__ = "monitored_person"
    __table_args__ = (Index("ix_monitored_person_household", "household_key"),)

    person_index: str = Field(sa_column=Column(BLIND_INDEX, primary_key=True))
    household_key: str = Field(max_length=64)
    id_number: str = Field(sa_column=Column(EncryptedString(pii_cipher, 18), nullable=False))
    name: str | None = Field(default=None, sa_column=Column(EncryptedString(pii_cipher, 40)))
    relation: str = Field(default="other_relative", max_length=20)
    birth_date: date | None = None
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class MonitoringRuleVersion(VerificationModel, table=True):
    """One published version of the monitoring rules (immutable; the highest version is in force)."""

    __tablename__ = "monitoring_rule_version"

    version: int = Field(primary_key=True)
    document: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    published_by: str = Field(max_length=100)
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ScreeningJob(VerificationModel, table=True):
    """A full screening of the monitored population (全量筛查), run in the background with progress."""

    __tablename__ = "screening_job"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    status: str = Field(default="queued", max_length=20)  # queued | running | completed | failed
    as_of: date
    rule_version: int | None = None
    rules_total: int = 0
    rules_done: int = 0
    warnings_raised: int = 0
    requested_by: str = Field(max_length=100)
    failure: str | None = Field(default=None, max_length=300)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
