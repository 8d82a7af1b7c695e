"""Request and response shapes of `/v1/assessments`."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

Rating = Literal["good", "fair", "poor", "very_poor"]
Conclusion = Literal["difficulty_confirmed", "no_difficulty", "needs_follow_up"]


class Investigator(BaseModel):
    """A staff member who made the visit (both identities are recorded)."""

    subject: str = Field(min_length=1, max_length=120, description="the staff account id")
    name: str = Field(min_length=1, max_length=60)
    staff_number: str | None = Field(default=None, max_length=40)


class ItemAssessment(BaseModel):
    rating: Rating
    notes: str | None = Field(default=None, max_length=2000)


class AssessmentItems(BaseModel):
    """The structured items of 生活状况综合评估."""

    housing: ItemAssessment
    health: ItemAssessment
    capacity_to_work: ItemAssessment
    living_conditions: ItemAssessment


class NeighbourInterview(BaseModel):
    """A neighbour or village cadre interviewed (邻里走访)."""

    interviewee: str = Field(min_length=1, max_length=60)
    relation: str = Field(min_length=1, max_length=60)
    summary: str = Field(min_length=1, max_length=2000)


class PhotoMetadata(BaseModel):
    """A photo taken on the visit: metadata only, the file lives in the document store."""

    file_name: str = Field(min_length=1, max_length=200)
    content_type: Literal["image/jpeg", "image/png", "image/heic", "image/webp"]
    size_bytes: int = Field(gt=0, le=50_000_000)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    taken_at: AwareDatetime | None = None
    caption: str | None = Field(default=None, max_length=200)


class GeoPoint(BaseModel):
    latitude: Decimal = Field(ge=-90, le=90, decimal_places=6)
    longitude: Decimal = Field(ge=-180, le=180, decimal_places=6)


class AssessmentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    application_id: uuid.UUID
    household_id: uuid.UUID
    region_code: str = Field(pattern=r"^\d{6}(\d{3}(\d{3})?)?$")
    visited_at: AwareDatetime
    investigators: list[Investigator] = Field(min_length=2)
    items: AssessmentItems
    neighbour_interviews: list[NeighbourInterview] = Field(min_length=1)
    photos: list[PhotoMetadata] = []
    location: GeoPoint | None = None
    notes: str | None = Field(default=None, max_length=5000)
    conclusion: Conclusion
    conclusion_text: str = Field(min_length=1, max_length=5000)


class AssessmentRead(BaseModel):
    id: uuid.UUID
    application_id: uuid.UUID
    household_id: uuid.UUID
    region_code: str
    visited_at: datetime
    investigators: list[Investigator]
    items: AssessmentItems
    neighbour_interviews: list[NeighbourInterview]
    photos: list[PhotoMetadata]
    location: GeoPoint | None
    notes: str | None
    conclusion: Conclusion
    conclusion_text: str
    recorded_by: str
    created_at: datetime
    double_check_concluded: bool = False
