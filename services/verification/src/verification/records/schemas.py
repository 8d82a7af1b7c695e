"""Request and response shapes of `/v1/records`."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class RecordCreate(BaseModel):
    """One partner record. Which fields apply depends on the kind (see the feed description)."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(description="the partner's source, e.g. medical_insurance (医保)")
    source_record_id: str = Field(description="the partner's own id; re-sending it corrects it")
    id_number: str = Field(description="the person's resident ID (居民身份证号码)")
    kind: str = Field(description="income | asset | expenditure | life_event")
    type: str
    amount_yuan: Decimal | None = Field(default=None, description="income, asset value or cost")
    date: str | None = Field(default=None, description="as-of / payment / event date")
    period_from: str | None = None
    period_to: str | None = None
    disability_category: str | None = None
    disability_grade: int | None = None


class RecordRead(BaseModel):
    """A stored partner record; the resident ID is masked."""

    id: int
    source: str
    source_record_id: str
    id_number_masked: str
    kind: str
    type: str
    amount_yuan: Decimal | None
    effective_on: date
    period_from: date | None
    period_to: date | None
    attributes: dict[str, Any] | None
    version: int
    received_at: datetime
    updated_at: datetime


class RecordWriteResult(RecordRead):
    outcome: Literal["created", "superseded", "unchanged"]


class RecordVersionRead(BaseModel):
    """A superseded version of a record."""

    model_config = ConfigDict(from_attributes=True)

    version: int
    kind: str
    type: str
    amount_yuan: Decimal | None
    effective_on: date
    period_from: date | None
    period_to: date | None
    received_at: datetime
    superseded_at: datetime


class RecordSearch(BaseModel):
    """Records about one person (the ID travels in the body, never in a URL that may be logged)."""

    id_number: str
    kind: str | None = None
    limit: int = Field(default=100, ge=1, le=1000)
