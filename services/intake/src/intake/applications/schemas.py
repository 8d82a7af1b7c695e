"""Request and response shapes for applications, consent, needs, documents, timeline and status."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from intake.households.schemas import HouseholdCreate

Kind = Literal[
    "minimum_living",
    "extreme_poverty",
    "temporary_emergency",
    "temporary_expenditure",
    "medical",
    "education",
    "housing",
    "employment",
    "legal_aid",
    "single_person_coverage",
    "disability_living_subsidy",
    "disability_care_subsidy",
]
NeedCategory = Literal[
    "basic_living",
    "rehabilitation",
    "care",
    "nursing",
    "psychological",
    "health",
    "financial_aid",
    "education",
    "employment",
]
ConsentScope = Literal["income", "assets", "expenditure", "life_events"]
FULL_SCOPE: list[ConsentScope] = ["income", "assets", "expenditure", "life_events"]
MAX_DOCUMENTS = 20


class Need(BaseModel):
    """One line of the needs inventory (需求清单)."""

    model_config = ConfigDict(extra="forbid")

    category: NeedCategory
    text: str = Field(min_length=1, max_length=500)
    urgency: Literal["low", "normal", "high", "critical"] = "normal"
    person_id: str | None = Field(default=None, max_length=64, description="A member id")


class ConsentGrant(BaseModel):
    """授权核对: who authorised the economic check, and for what."""

    model_config = ConfigDict(extra="forbid")

    granted_by: Literal["subject", "guardian", "agent"] = "subject"
    signer_name: str = Field(min_length=1, max_length=60)
    granted_at: datetime | None = Field(default=None, description="Defaults to now")
    scope: list[ConsentScope] = Field(
        default_factory=lambda: list(FULL_SCOPE),
        min_length=1,
        max_length=4,
    )
    share_with_charity: bool = Field(
        default=False, description="May uncovered needs be shared (masked) with charities?"
    )


class DocumentMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str = Field(min_length=1, max_length=40, description="e.g. medical_bill, id_card")
    file_name: str = Field(min_length=1, max_length=200)
    media_type: str = Field(min_length=3, max_length=80)
    size_bytes: int = Field(ge=1, le=50_000_000)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the file, lowercase hex")


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Kind
    household_id: uuid.UUID | None = Field(default=None, description="An existing household")
    household: HouseholdCreate | None = Field(
        default=None, description="Or declare the household with the application"
    )
    member_index: int | None = Field(
        default=None,
        ge=0,
        description="Position of the member the application is for (single-person coverage, "
        "disability subsidies); the head by default",
    )
    needs: list[Need] = Field(default_factory=list, max_length=50)
    consent: ConsentGrant | None = None
    documents: list[DocumentMeta] = Field(default_factory=list, max_length=MAX_DOCUMENTS)
    submit: bool = Field(default=True, description="Submit now (needs consent) or keep a draft")

    @model_validator(mode="after")
    def _one_household(self) -> ApplicationCreate:
        if (self.household_id is None) == (self.household is None):
            raise ValueError("give exactly one of household_id or household")
        return self


class TransitionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to: str = Field(min_length=1, max_length=20, description="The state to move to")
    reason: str | None = Field(default=None, max_length=1000)


class ConsentRevoke(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(default=None, max_length=300)


class DocumentsAdd(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentMeta] = Field(min_length=1, max_length=MAX_DOCUMENTS)


class ConsentRead(BaseModel):
    id: uuid.UUID
    granted_by: str
    signer_name: str
    granted_at: datetime
    scope: list[str]
    share_with_charity: bool
    revoked_at: datetime | None
    revocation_reason: str | None


class DocumentRead(DocumentMeta):
    id: uuid.UUID
    added_by: str
    added_at: datetime


class ApplicationRead(BaseModel):
    id: uuid.UUID
    household_id: uuid.UUID
    region_code: str
    kind: str
    kind_zh: str
    channel: str
    state: str
    subject_member_id: uuid.UUID
    needs: list[dict[str, Any]]
    consent: ConsentRead | None
    documents: list[DocumentRead]
    documents_pending: bool
    allowed_transitions: list[str]
    created_at: datetime
    submitted_at: datetime | None
    decision_due_at: datetime | None
    public_notice_ends_at: datetime | None
    overdue: bool
    warning_id: str | None
    check_id: str | None
    check_conclusion: str | None
    assessment_id: str | None
    decision: dict[str, Any] | None
    review_conclusion: str | None
    closing_reason: str | None


class ApplicationPage(BaseModel):
    items: list[ApplicationRead]
    next_cursor: str | None


class TimelineRead(BaseModel):
    at: datetime
    actor: str
    actor_role: str
    event: str
    from_state: str | None
    to_state: str | None
    reason: str | None


class StatusRead(BaseModel):
    """Plain-language status for the applicant (办理进度)."""

    application_id: uuid.UUID
    state: str
    state_zh: str
    summary_zh: str
    next_step_zh: str
    reasons_zh: list[str]
    waiting_for: str | None = Field(description="A peer the application is waiting on, if any")
    decision_due_on: date | None


class ListFilters(BaseModel):
    region: str | None = None
    state: str | None = None
    kind: str | None = None
    channel: str | None = None
    created_from: date | None = None
    created_to: date | None = None
    overdue: bool | None = None
