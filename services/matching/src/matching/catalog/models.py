"""Catalog versions: each published document is kept whole, so any decision can be replayed on it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from jiuzhu_kit.db import UTCDateTime, utcnow
from matching.db import MatchingModel


class CatalogVersion(MatchingModel, table=True):
    """One published version of the catalog (policies, variables, circles, parameters)."""

    __tablename__ = "catalog_version"

    version: int = Field(primary_key=True)
    content_hash: str = Field(max_length=64, index=True)
    document: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    note: str = Field(default="", max_length=500)
    published_by: str = Field(max_length=120)
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
