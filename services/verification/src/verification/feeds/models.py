"""Feed jobs and the per-row errors they report."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Text
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from verification.db import VerificationModel
from verification.records.models import RecordKey


class FeedJob(VerificationModel, table=True):
    """One uploaded feed and its processing: queued → running → completed | failed."""

    __tablename__ = "feed_job"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    submitted_by: str = Field(max_length=120, index=True)
    allowed_sources: list[Any] = Field(sa_column=Column(JSON, nullable=False))
    format: str = Field(max_length=10)  # ndjson | csv
    compressed: bool = False
    spool_path: str = Field(max_length=500)
    size_bytes: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    sha256: str = Field(max_length=64)
    status: str = Field(default="queued", max_length=12, index=True)
    attempts: int = 0
    rows_read: int = 0
    rows_accepted: int = 0
    rows_rejected: int = 0
    records_created: int = 0
    records_superseded: int = 0
    records_unchanged: int = 0
    failure: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Renewed while a process holds the job (queued behind its runner, or running), so that the
    # other replicas can tell a job whose process is gone, and with it the spooled file.
    heartbeat_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class FeedRowError(VerificationModel, table=True):
    """Why one line of a feed was rejected (line 1 of a CSV is its header)."""

    __tablename__ = "feed_row_error"
    __table_args__ = (Index("ix_feed_row_error_job_line", "job_id", "line"),)

    id: int | None = Field(default=None, sa_column=Column(RecordKey, primary_key=True))
    job_id: uuid.UUID
    line: int
    field: str = Field(max_length=40)
    reason: str = Field(sa_column=Column(Text, nullable=False))
