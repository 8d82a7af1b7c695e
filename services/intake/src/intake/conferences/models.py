"""Case-conference and department-opinion tables."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field

from intake.db import IntakeModel
from jiuzhu_kit.db import UTCDateTime


class CaseConference(IntakeModel, table=True):
    """A multi-department conference on one application, convened by a reviewer (政策会商)."""

    __tablename__ = "case_conference"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    topic: str = Field(max_length=300)
    departments: list[str] = Field(sa_column=Column(JSON, nullable=False))
    convened_by: str = Field(max_length=120)
    convened_at: datetime = Field(sa_type=UTCDateTime)
    conclusion: str | None = Field(default=None, sa_column=Column(Text))
    concluded_by: str | None = Field(default=None, max_length=120)
    concluded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ConferenceOpinion(IntakeModel, table=True):
    """One department's opinion on one scheme: eligible or not, and why."""

    __tablename__ = "conference_opinion"
    __table_args__ = (UniqueConstraint("conference_id", "department", "scheme"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    conference_id: uuid.UUID = Field(foreign_key="case_conference.id", index=True)
    department: str = Field(max_length=40)
    scheme: str = Field(max_length=60)
    eligible: bool
    reason: str = Field(sa_column=Column(Text, nullable=False))
    recorded_by: str = Field(max_length=120)
    recorded_at: datetime = Field(sa_type=UTCDateTime)
