"""Application, consent, document-metadata and timeline tables."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, String, Text
from sqlmodel import Field

from intake.db import IntakeModel
from jiuzhu_kit.db import UTCDateTime, utcnow


class Application(IntakeModel, table=True):
    """An application for one kind of assistance (救助申请), moving through the workflow's states."""

    __tablename__ = "application"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    household_id: uuid.UUID = Field(foreign_key="household.id", index=True)
    region_code: str = Field(max_length=12, index=True)
    kind: str = Field(max_length=40, index=True)
    channel: str = Field(max_length=12)  # self | caseworker | proactive | partner
    state: str = Field(max_length=16, index=True)
    subject_member_id: uuid.UUID  # the person the application is for (the head, or one member)
    # "<kind>:<blind index of the person>" while the application is open, NULL once closed: the
    # unique constraint is the duplicate guard, holding under concurrent submissions.
    open_key: str | None = Field(default=None, sa_column=Column(String(120), unique=True))
    warning_id: str | None = Field(default=None, sa_column=Column(String(64), unique=True))
    needs: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    created_by: str = Field(max_length=120, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decision_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    public_notice_ends_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    check_request_event_id: uuid.UUID | None = None  # the outbox row asking verification
    decision_request_event_id: uuid.UUID | None = None  # the outbox row asking matching
    check_id: str | None = Field(default=None, max_length=64)
    check_conclusion: str | None = Field(default=None, max_length=40)
    assessment_id: str | None = Field(default=None, max_length=64)
    facts: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    decision: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    decision_id: str | None = Field(default=None, max_length=64)
    documents_pending: bool = False  # 急难型: approved first, documented after
    exit_review_warning_id: str | None = Field(default=None, max_length=64)
    review_conclusion: str | None = Field(default=None, sa_column=Column(Text))
    closing_reason: str | None = Field(default=None, sa_column=Column(Text))


class Consent(IntakeModel, table=True):
    """Authorization to check the household's economic status (授权核对); revocable."""

    __tablename__ = "consent"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    granted_by: str = Field(max_length=10)  # subject | guardian | agent
    signer_name: str = Field(max_length=60)
    granted_at: datetime = Field(sa_type=UTCDateTime)
    scope: list[str] = Field(sa_column=Column(JSON, nullable=False))
    share_with_charity: bool = False
    recorded_by: str = Field(max_length=120)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_by: str | None = Field(default=None, max_length=120)
    revocation_reason: str | None = Field(default=None, max_length=300)


class ApplicationDocument(IntakeModel, table=True):
    """Metadata of a supporting document (证明材料); the file itself lives in document storage."""

    __tablename__ = "application_document"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    kind: str = Field(max_length=40)
    file_name: str = Field(max_length=200)
    media_type: str = Field(max_length=80)
    size_bytes: int
    sha256: str = Field(max_length=64)
    added_by: str = Field(max_length=120)
    added_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class TimelineEntry(IntakeModel, table=True):
    """One step of the case timeline: who did what, when, and why."""

    __tablename__ = "timeline_entry"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    at: datetime = Field(sa_type=UTCDateTime)
    actor: str = Field(max_length=120)
    actor_role: str = Field(max_length=20)
    event: str = Field(max_length=40)  # transition | consent | document | check | conference …
    from_state: str | None = Field(default=None, max_length=16)
    to_state: str | None = Field(default=None, max_length=16)
    reason: str | None = Field(default=None, sa_column=Column(Text))
