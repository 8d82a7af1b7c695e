"""Shapes of the audit log as auditors query it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Query
from pydantic import BaseModel


@dataclass(frozen=True)
class AuditQuery:
    """Which entries an auditor asks for (the query parameters of `GET /v1/audit`), one page."""

    subject: str | None = None
    path_prefix: str | None = None
    request_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: Annotated[int, Query(ge=1, le=500)] = 100
    offset: Annotated[int, Query(ge=0)] = 0


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
