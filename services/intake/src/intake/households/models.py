"""Household and member tables."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from jiuzhu_kit.db import UTCDateTime, utcnow
from jiuzhu_kit.pii import EncryptedString
from sqlalchemy import Column, String
from sqlmodel import Field

from intake.db import IntakeModel, pii_cipher


class Household(IntakeModel, table=True):
    """A household as declared (申报家庭)."""

    __tablename__ = "household"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    region_code: str = Field(max_length=12, index=True)  # township (9) or village (12) code
    address: str = Field(max_length=300)
    registration: str = Field(max_length=10)  # urban | rural (户籍性质)
    head_id_index: str = Field(sa_column=Column(String(64), index=True, nullable=False))
    created_by: str = Field(max_length=120)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Member(IntakeModel, table=True):
    """A member of a household (家庭成员)."""

    __tablename__ = "household_member"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    household_id: uuid.UUID = Field(foreign_key="household.id", index=True)
    position: int
    name: str = Field(max_length=60)
    id_number: str = Field(sa_column=Column(EncryptedString(pii_cipher, 18), nullable=False))
    id_index: str = Field(max_length=64, index=True)  # keyed blind index for lookups
    birth_date: date
    sex: str = Field(max_length=6)
    relation: str = Field(max_length=30)
    phone: str | None = Field(default=None, sa_column=Column(EncryptedString(pii_cipher, 20)))
