"""Households as charity knows them (masked, consent-gated) and their needs left uncovered by policy."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from charity.db import CharityModel
from jiuzhu_kit.db import UTCDateTime, utcnow


class HouseholdProfile(CharityModel, table=True):
    """A household to link resources to: region, circle and group, masked members, consent."""

    __tablename__ = "household_profile"

    household_id: uuid.UUID = Field(primary_key=True)  # intake's household id
    application_id: uuid.UUID | None = None
    region_code: str = Field(max_length=12, index=True)
    circle: int | None = None  # 1 | 2 | 3 (分层分类)
    group: str | None = Field(default=None, max_length=40)  # e.g. dibao, tekun_dispersed
    consent_to_share: bool = False
    # Only masked names, ages, sex, disability and illness: what a referral may need, never IDs.
    members: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    applicant_subject: str | None = Field(default=None, max_length=120)  # the buyer's own login
    source: str = Field(max_length=20)  # intake | caseworker
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class HouseholdNeed(CharityModel, table=True):
    """One need (需求清单 line) to be met by linking a resource."""

    __tablename__ = "household_need"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    household_id: uuid.UUID = Field(foreign_key="household_profile.household_id", index=True)
    application_id: uuid.UUID | None = Field(default=None, index=True)
    category: str = Field(max_length=30)
    text: str = Field(max_length=500)
    urgency: str = Field(default="normal", max_length=10)
    person_index: int | None = None  # which member it concerns (position in `members`)
    status: str = Field(default="open", max_length=10)  # open | linked | closed
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
