"""Request and response shapes for the catalog, its policies and parameters."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class CatalogVersionRead(BaseModel):
    version: int
    content_hash: str
    note: str
    published_by: str
    published_at: datetime


class CatalogPublish(BaseModel):
    """A whole catalog document, as JSON (`document`) or as YAML text (`document_yaml`)."""

    model_config = ConfigDict(extra="forbid")

    document: dict[str, Any] | None = None
    document_yaml: str | None = Field(default=None, max_length=2_000_000)
    note: str = Field(default="", max_length=500)

    @model_validator(mode="after")
    def _exactly_one(self) -> CatalogPublish:
        if (self.document is None) == (self.document_yaml is None):
            raise ValueError("give exactly one of `document` or `document_yaml`")
        return self


class PolicyRead(BaseModel):
    code: str
    name_zh: str
    name_en: str
    department: str
    category: str
    circle: int | None
    entity: str
    conditions: list[dict[str, str]]
    amount_monthly: str
    amount_once: str
    exclusion_group: str | None
    covers_needs: list[str]
    required_documents: list[str]
    legal_reference: str
    effective_from: date
    effective_until: date | None
    regions: list[str]
    parameters: list[str] = Field(description="Parameters its conditions and amounts read")


class PolicyList(BaseModel):
    version: int
    content_hash: str
    items: list[PolicyRead]


class ParameterValueIn(BaseModel):
    """A new dated value of a parameter for a region; publishing it makes a new catalog version."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    region: str = Field(pattern=r"^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})?$")
    effective_from: date = Field(alias="from")
    until: date | None = None
    value: str | None = Field(default=None, pattern=r"^-?\d+(\.\d+)?$")
    brackets: list[dict[str, Any]] | None = None
    source: str = Field(min_length=1, max_length=500)
    confirmed: bool = True
    note: str | None = Field(default=None, max_length=500)


class ParameterRead(BaseModel):
    name: str
    description_zh: str
    unit: str
    kind: str
    values: list[dict[str, Any]] = Field(description="Every dated regional value with its source")
    in_force: dict[str, Any] | None = Field(
        default=None, description="The value in force for `region` on `on`, when both are given"
    )


class ParameterList(BaseModel):
    version: int
    items: list[ParameterRead]
