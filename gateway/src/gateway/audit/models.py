"""The `audit_entry` table: who read which unmasked personal data, when, why, under which request.

Rows are only ever inserted: the repository offers no update or delete, and the migration adds
triggers that make the database refuse both.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from gateway.db import GatewayModel
from jiuzhu_kit.db import UTCDateTime, new_id, utcnow


class AuditEntry(GatewayModel, table=True):
    __tablename__ = "audit_entry"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    subject: str = Field(max_length=200, index=True)
    subject_name: str | None = Field(default=None, max_length=200)
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    method: str = Field(max_length=8)
    path: str = Field(max_length=500, index=True)
    service: str = Field(max_length=32)
    status: int
    purpose: str | None = Field(default=None, max_length=300)
    request_id: str | None = Field(default=None, max_length=128, index=True)
