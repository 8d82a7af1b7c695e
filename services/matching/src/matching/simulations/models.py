"""Simulation runs and uploaded populations."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from matching.db import MatchingModel


class UploadedPopulation(MatchingModel, table=True):
    """A population of household facts uploaded as CSV or Parquet (one row per member)."""

    __tablename__ = "uploaded_population"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    media_type: str = Field(max_length=60)
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    households: int
    persons: int
    region_scope: str = Field(default="", max_length=12)
    uploaded_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Simulation(MatchingModel, table=True):
    """A what-if run: baseline and reform on one population, with the figures it produced."""

    __tablename__ = "simulation"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    catalog_version: int = Field(foreign_key="catalog_version.version")
    request: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    result: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    region_scope: str = Field(default="", max_length=12)
    requested_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
