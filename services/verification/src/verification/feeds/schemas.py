"""What the feed endpoints return."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict


class FeedJobRead(BaseModel):
    """A feed job and its progress: rows read / accepted / rejected, and what the merge did."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    status: str
    format: str
    compressed: bool
    size_bytes: int
    sha256: str
    attempts: int
    rows_read: int
    rows_accepted: int
    rows_rejected: int
    records_created: int
    records_superseded: int
    records_unchanged: int
    failure: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    errors_url: str
