"""The stored first answer to each (caller, Idempotency-Key)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from intake.db import IntakeModel
from jiuzhu_kit.db import UTCDateTime


class IdempotencyRecord(IntakeModel, table=True):
    """A POST seen with an Idempotency-Key: its fingerprint and, once done, its response."""

    __tablename__ = "idempotency_record"
    __table_args__ = (UniqueConstraint("caller", "key"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    caller: str = Field(max_length=120)
    key: str = Field(max_length=200)
    request_hash: str = Field(max_length=64)
    done: bool = False
    status_code: int | None = None
    content_type: str | None = Field(default=None, max_length=80)
    response_body: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
