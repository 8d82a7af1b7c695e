"""Household, member, declared income/asset and household-version tables."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, Numeric, String, UniqueConstraint
from sqlmodel import Field

from intake.db import IntakeModel, pii_cipher
from jiuzhu_kit.db import UTCDateTime, utcnow
from jiuzhu_kit.pii import EncryptedString


class Household(IntakeModel, table=True):
    """A household as declared (申报家庭); `version` grows with every change."""

    __tablename__ = "household"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    region_code: str = Field(max_length=12, index=True)  # township (9) or village (12) code
    address: str = Field(max_length=300)
    registration: str = Field(max_length=10)  # urban | rural (户籍性质)
    head_id_index: str = Field(sa_column=Column(String(64), index=True, nullable=False))
    status: str = Field(default="active", max_length=10)  # active | closed
    created_by: str = Field(max_length=120)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Member(IntakeModel, table=True):
    """A member of a household (家庭成员) with what DOMAIN.md's rules need to know about them."""

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
    disability_category: str | None = Field(default=None, max_length=12)
    disability_grade: int | None = None
    serious_illness: bool = False  # 重特大疾病
    chronic_illness: bool = False
    capacity_to_work: str = Field(default="full", max_length=8)  # full | partial | none
    school_stage: str | None = Field(default=None, max_length=14)
    employment: str = Field(default="none", max_length=14)
    co_resident: bool = True  # 共同生活
    exclusion: str | None = Field(default=None, max_length=16)  # clergy_away_3y | prison | …
    veteran: bool = False
    has_able_supporter: bool = True


class MemberIncome(IntakeModel, table=True):
    """A member's declared monthly income of one type (申报收入)."""

    __tablename__ = "member_income"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    member_id: uuid.UUID = Field(foreign_key="household_member.id", index=True)
    position: int = 0  # order as declared
    type: str = Field(max_length=30)
    monthly_yuan: Decimal = Field(sa_column=Column(Numeric(12, 2), nullable=False))


class MemberAsset(IntakeModel, table=True):
    """A member's declared asset of one type (申报财产)."""

    __tablename__ = "member_asset"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    member_id: uuid.UUID = Field(foreign_key="household_member.id", index=True)
    position: int = 0  # order as declared
    type: str = Field(max_length=30)
    value_yuan: Decimal = Field(sa_column=Column(Numeric(14, 2), nullable=False))


class HouseholdVersion(IntakeModel, table=True):
    """One version of a household's declaration, kept whole (encrypted) so the history is readable."""

    __tablename__ = "household_version"
    __table_args__ = (UniqueConstraint("household_id", "version"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    household_id: uuid.UUID = Field(foreign_key="household.id", index=True)
    version: int
    declaration: str = Field(sa_column=Column(EncryptedString(pii_cipher), nullable=False))
    reason: str | None = Field(default=None, max_length=300)
    changed_by: str = Field(max_length=120)
    changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
