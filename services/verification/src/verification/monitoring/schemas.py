"""API shapes of monitoring: population loads, rule versions, screening jobs, statistics."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PopulationStatus = Literal[
    "enrolled", "near_subsistence", "return_to_poverty_watch", "applicant", "flagged"
]


class MonitoredMemberIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id_number: str = Field(min_length=15, max_length=18)
    name: str | None = Field(default=None, max_length=40)
    relation: str = Field(default="other_relative", max_length=20)


class MonitoredHouseholdIn(BaseModel):
    """One household of a population load (监测对象); its key is the loader's own household id."""

    model_config = ConfigDict(extra="forbid")

    household_key: str = Field(min_length=1, max_length=64)
    household_id: uuid.UUID | None = None
    region_code: str = Field(pattern=r"^\d{9}(\d{3})?$", description="town or village code")
    status: PopulationStatus
    address: str | None = Field(default=None, max_length=200)
    registration: Literal["rural", "urban"] | None = None
    annual_income_yuan: Decimal | None = Field(default=None, ge=0, decimal_places=2)
    income_threshold_monthly_yuan: Decimal | None = Field(default=None, ge=0, decimal_places=2)
    assets_threshold_yuan: Decimal | None = Field(default=None, ge=0, decimal_places=2)
    members: list[MonitoredMemberIn] = Field(min_length=1, max_length=30)


class PopulationLoad(BaseModel):
    model_config = ConfigDict(extra="forbid")

    households: list[MonitoredHouseholdIn] = Field(min_length=1, max_length=20_000)


class PopulationLoadResult(BaseModel):
    households: int
    people: int
    warnings_raised: int


class RuleRead(BaseModel):
    code: str
    kind: str
    region: str
    effective_from: date
    effective_to: date | None
    severity: str
    visit_deadline_days: int
    statuses: list[str]
    params: dict[str, Decimal]
    explanation_zh: str


class RuleVersionRead(BaseModel):
    version: int  # 0: the rules shipped with the service, in force until a version is published
    published_by: str
    published_at: datetime | None
    rules: list[RuleRead]


class ScreeningRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    as_of: date | None = Field(default=None, description="screening day (default: today, Shanghai)")


class ScreeningJobRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    status: str
    as_of: date
    rule_version: int | None
    rules_total: int
    rules_done: int
    warnings_raised: int
    failure: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class MonitoringStatistics(BaseModel):
    """The figures a province reports (监测人数, 预警数, 纳入救助数)."""

    region: str
    period_from: date
    period_to: date
    monitored_people: int
    warnings_raised: int
    warnings_confirmed: int
    warnings_dismissed: int
    enrolled_through_warnings: int
    median_days_to_visit: float | None
    by_rule: dict[str, int]


def as_rule_read(rule: Any) -> RuleRead:
    return RuleRead(
        code=rule.code,
        kind=rule.kind,
        region=rule.region,
        effective_from=rule.effective_from,
        effective_to=rule.effective_to,
        severity=rule.severity,
        visit_deadline_days=rule.visit_deadline_days,
        statuses=list(rule.statuses),
        params=rule.params,
        explanation_zh=rule.explanation_zh,
    )
