"""Decisions with the catalog version and facts they used, and the plans (一户一策) they produced."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from matching.db import MatchingModel


class Decision(MatchingModel, table=True):
    """A decision on one household: its evidence snapshot (facts, needs, catalog version) and result."""

    __tablename__ = "decision"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID | None = Field(default=None, index=True)
    household_id: uuid.UUID | None = Field(default=None, index=True)
    region_code: str = Field(max_length=12, index=True)
    catalog_version: int = Field(foreign_key="catalog_version.version")
    facts_hash: str = Field(max_length=64)
    facts: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    needs: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    result: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    circle: int | None = None
    group: str | None = Field(default=None, max_length=60)
    decided_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


class Plan(MatchingModel, table=True):
    """The household's plan (一户一策): policies to apply, needs covered, needs left for charity."""

    __tablename__ = "plan"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    decision_id: uuid.UUID = Field(foreign_key="decision.id", index=True, unique=True)
    application_id: uuid.UUID | None = Field(default=None, index=True)
    household_id: uuid.UUID | None = Field(default=None, index=True)
    region_code: str = Field(max_length=12, index=True)
    monthly_total_yuan: str = Field(max_length=20)
    once_total_yuan: str = Field(max_length=20)
    content: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
