"""The households verification knows about, as last announced by intake, and who belongs to them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from verification.db import BLIND_INDEX, VerificationModel


class KnownHousehold(VerificationModel, table=True):
    """A household declared in intake: its region and its members' blind indexes (no plaintext IDs)."""

    __tablename__ = "known_household"

    household_id: uuid.UUID = Field(primary_key=True)
    region_code: str = Field(max_length=12, index=True)
    version: int
    member_indexes: list[Any] = Field(sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class KnownMember(VerificationModel, table=True):
    """One member of a known household, by blind index: finds a person's household and region."""

    __tablename__ = "known_member"

    person_index: str = Field(sa_type=BLIND_INDEX, primary_key=True)
    household_id: uuid.UUID = Field(primary_key=True, index=True)
    region_code: str = Field(max_length=12)
