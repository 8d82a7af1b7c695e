"""Tables of partner records: the people they concern, the current records, superseded versions.

Monitoring (预警) screens these by person blind index, type and date; the index is for that.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    Numeric,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from jiuzhu_kit.pii import EncryptedString
from verification.db import BLIND_INDEX, VerificationModel, byte_wise, pii_cipher

# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
RecordKey = BigInteger().with_variant(Integer(), "sqlite")


class RecordSubject(VerificationModel, table=True):
    """A person some partner record is about: the resident ID, encrypted, under its blind index."""

    __tablename__ = "record_subject"

    person_index: str = Field(sa_column=Column(BLIND_INDEX, primary_key=True))
    id_number: str = Field(sa_column=Column(EncryptedString(pii_cipher, 18), nullable=False))
    first_seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PartnerRecord(VerificationModel, table=True):
    """The current version of one partner record, unique by (source, source_record_id)."""

    __tablename__ = "partner_record"
    __table_args__ = (
        # Record id first: a source has few distinct values, and with it first PostgreSQL's
        # sorts (building the key after a bulk load) use no abbreviated keys (f7a3c5d9e1b4).
        UniqueConstraint("source_record_id", "source"),
        # One secondary index only: each one costs as much as the rest of a bulk merge. It serves
        # checks (a household's people) and monitoring (a person's records of a type over time).
        Index("ix_partner_record_person_type_date", "person_index", "type", "effective_on"),
    )

    id: int | None = Field(default=None, sa_column=Column(RecordKey, primary_key=True))
    # Byte-wise: the unique key's index is maintained for every row a bulk feed copies in.
    source: str = Field(sa_type=byte_wise(40))
    source_record_id: str = Field(sa_type=byte_wise(100))
    person_index: str = Field(sa_type=BLIND_INDEX)
    kind: str = Field(max_length=20)  # income | asset | expenditure | life_event
    type: str = Field(max_length=40)
    amount_yuan: Decimal | None = Field(default=None, sa_column=Column(Numeric(14, 2)))
    effective_on: date  # expenditure/event date, asset as-of date, end of an income period
    period_from: date | None = None
    period_to: date | None = None
    attributes: str | None = Field(default=None, sa_column=Column(Text))  # JSON details
    content_hash: str = Field(max_length=32)
    # Server defaults too: a bulk feed's COPY leaves them to the server (the transaction's time).
    version: int = Field(default=1, sa_column_kwargs={"server_default": text("1")})
    feed_job_id: uuid.UUID | None = None
    received_at: datetime = Field(
        default_factory=utcnow, sa_type=UTCDateTime, sa_column_kwargs={"server_default": func.now()}
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_type=UTCDateTime, sa_column_kwargs={"server_default": func.now()}
    )


class PartnerRecordVersion(VerificationModel, table=True):
    """A superseded version of a partner record, kept when a corrected one replaced it."""

    __tablename__ = "partner_record_version"

    id: int | None = Field(default=None, sa_column=Column(RecordKey, primary_key=True))
    record_id: int = Field(sa_column=Column(RecordKey, nullable=False, index=True))
    version: int
    person_index: str = Field(sa_type=BLIND_INDEX)
    kind: str = Field(max_length=20)
    type: str = Field(max_length=40)
    amount_yuan: Decimal | None = Field(default=None, sa_column=Column(Numeric(14, 2)))
    effective_on: date
    period_from: date | None = None
    period_to: date | None = None
    attributes: str | None = Field(default=None, sa_column=Column(Text))
    content_hash: str = Field(max_length=32)
    feed_job_id: uuid.UUID | None = None
    received_at: datetime = Field(sa_type=UTCDateTime)
    superseded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
