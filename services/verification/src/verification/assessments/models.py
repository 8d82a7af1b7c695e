"""Home-visit assessment records."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Column, Numeric, Text
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from verification.db import VerificationModel


class HomeVisitAssessment(VerificationModel, table=True):
    """One home visit (入户调查) and its assessment of the household's living situation."""

    __tablename__ = "home_visit_assessment"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(index=True)
    household_id: uuid.UUID = Field(index=True)
    region_code: str = Field(max_length=12, index=True)
    visited_at: datetime = Field(sa_type=UTCDateTime)
    investigators: list[Any] = Field(sa_column=Column(JSON, nullable=False))
    items: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    neighbour_interviews: list[Any] = Field(sa_column=Column(JSON, nullable=False))
    photos: list[Any] = Field(sa_column=Column(JSON, nullable=False))
    latitude: Decimal | None = Field(default=None, sa_column=Column(Numeric(9, 6)))
    longitude: Decimal | None = Field(default=None, sa_column=Column(Numeric(9, 6)))
    notes: str | None = Field(default=None, sa_column=Column(Text))
    conclusion: str = Field(max_length=30)
    conclusion_text: str = Field(sa_column=Column(Text, nullable=False))
    recorded_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
