"""Shapes of the audit log as auditors query it."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel


class AuditEntryRead(BaseModel):
    id: uuid.UUID
    occurred_at: datetime
    subject: str
    subject_name: str | None
    roles: list[str]
    method: str
    path: str
    service: str
    status: int
    purpose: str | None
    request_id: str | None


class AuditPage(BaseModel):
    items: list[AuditEntryRead]
    total: int
    limit: int
    offset: int
