"""API shapes of warnings (预警线索)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

WarningState = Literal["new", "dispatched", "visiting", "confirmed", "dismissed"]


class EvidenceRead(BaseModel):
    """A partner record the warning cites."""

    record_id: int
    source: str
    kind: str
    type: str
    amount_yuan: Decimal | None
    effective_on: date


class WarningMemberRead(BaseModel):
    name_masked: str | None
    id_number_masked: str
    relation: str


class WarningHouseholdRead(BaseModel):
    household_key: str
    household_id: uuid.UUID | None
    region_code: str
    status: str | None
    members: list[WarningMemberRead]


class WarningRead(BaseModel):
    id: int
    rule_code: str
    rule_kind: str
    rule_version: int
    severity: str
    state: WarningState
    reason_zh: str
    figure_yuan: Decimal | None
    event_count: int
    window_from: date
    window_to: date
    subject_id_number_masked: str | None
    household: WarningHouseholdRead
    evidence: list[EvidenceRead]
    assigned_region: str
    deadline_on: date
    overdue: bool
    escalated_to: str | None
    escalated_at: datetime | None
    raised_at: datetime
    dispatched_at: datetime | None
    visit_started_at: datetime | None
    concluded_at: datetime | None
    dismissal_reason: str | None


class WarningTransition(BaseModel):
    """Move a warning on: new → dispatched → visiting → confirmed | dismissed (with a reason)."""

    model_config = ConfigDict(extra="forbid")

    to: WarningState
    reason: str | None = Field(default=None, max_length=500)

    @model_validator(mode="after")
    def _dismissal_has_reason(self) -> WarningTransition:
        if self.to == "dismissed" and not (self.reason or "").strip():
            raise ValueError("a dismissal needs a reason")
        return self


class EscalationResult(BaseModel):
    escalated: int
    as_of: date
