"""Request and response shapes for simulations."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class PopulationSource(BaseModel):
    """Which households: the facts of stored decisions, or an uploaded population."""

    model_config = ConfigDict(extra="forbid")

    source: Literal["decisions", "upload"]
    population_id: uuid.UUID | None = None
    region_prefix: str | None = Field(default=None, pattern=r"^\d{2,12}$")
    limit: int = Field(default=100_000, ge=1, le=1_000_000)

    @model_validator(mode="after")
    def _upload_needs_id(self) -> PopulationSource:
        if (self.source == "upload") != (self.population_id is not None):
            raise ValueError("population_id is required with source=upload, and only then")
        return self


class OverrideIn(BaseModel):
    """A parameter value for a region from a date: either `value` or `scale` (× the value in force)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    parameter: str = Field(min_length=1, max_length=60)
    region: str = Field(pattern=r"^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})?$")
    effective_from: date = Field(alias="from")
    value: Decimal | None = None
    scale: Decimal | None = Field(default=None, gt=0, le=10)

    @model_validator(mode="after")
    def _one_of(self) -> OverrideIn:
        if (self.value is None) == (self.scale is None):
            raise ValueError("give exactly one of `value` or `scale`")
        return self


class ReformIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    overrides: list[OverrideIn] = Field(min_length=1, max_length=50)


class SimulationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    population: PopulationSource
    reform: ReformIn
    as_of: date | None = Field(
        default=None, description="Date to evaluate on; defaults to the latest override's date"
    )
    changed_limit: int = Field(default=100, ge=0, le=1000)


class SimulationRead(BaseModel):
    id: uuid.UUID
    catalog_version: int
    request: dict[str, Any]
    result: dict[str, Any] = Field(
        description="Counts by circle, group and policy, monthly cost, households that change circle"
    )
    created_at: datetime


class PopulationRead(BaseModel):
    id: uuid.UUID
    media_type: str
    households: int
    persons: int
    created_at: datetime
