"""Request and response shapes for decisions and plans."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from matching.rules.facts import HouseholdFacts, Need


class DecisionCreate(BaseModel):
    """Household facts (verification report plus intake's data) and the household's needs."""

    model_config = ConfigDict(extra="forbid")

    application_id: uuid.UUID | None = None
    household_id: uuid.UUID | None = None
    facts: HouseholdFacts
    needs: list[Need] = Field(default=[], max_length=50)


class DecisionRead(BaseModel):
    id: uuid.UUID
    application_id: uuid.UUID | None
    household_id: uuid.UUID | None
    region_code: str
    catalog_version: int
    facts_hash: str
    circle: int | None
    group: str | None
    plan_id: uuid.UUID
    created_at: datetime
    result: dict[str, Any] = Field(
        description="Every policy with its conditions, the facts and parameters used and their sources"
    )


class DecisionSummary(BaseModel):
    id: uuid.UUID
    application_id: uuid.UUID | None
    household_id: uuid.UUID | None
    region_code: str
    catalog_version: int
    circle: int | None
    group: str | None
    created_at: datetime


class DecisionPage(BaseModel):
    items: list[DecisionSummary]
    total: int
    limit: int
    offset: int


class ReplayRead(BaseModel):
    decision_id: uuid.UUID
    catalog_version: int
    facts_hash: str
    identical: bool = Field(description="The recomputed result equals the stored one")
    result: dict[str, Any]


class PlanRead(BaseModel):
    id: uuid.UUID
    decision_id: uuid.UUID
    application_id: uuid.UUID | None
    household_id: uuid.UUID | None
    region_code: str
    monthly_total_yuan: str
    once_total_yuan: str
    policies: list[dict[str, Any]]
    needs_covered: list[dict[str, Any]]
    needs_uncovered: list[dict[str, Any]] = Field(description="Needs left for charity (救助+)")
    created_at: datetime


class PlanPage(BaseModel):
    items: list[PlanRead]
    total: int
    limit: int
    offset: int
