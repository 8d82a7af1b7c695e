"""Shapes of regional workflow parameters."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field


class ParameterCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    region_prefix: str = Field(pattern=r"^\d{2,12}$", description="Meaningful-digit region prefix")
    effective_from: date
    public_notice_days: int = Field(ge=0, le=60)
    decision_time_limit_days: int = Field(ge=1, le=365)
    source: str = Field(min_length=1, max_length=300, description="The regulation it comes from")


class ParameterRead(ParameterCreate):
    id: uuid.UUID
    created_by: str
    created_at: datetime


class EffectiveParameters(BaseModel):
    region_code: str
    on: date
    public_notice_days: int
    decision_time_limit_days: int
    source: str
