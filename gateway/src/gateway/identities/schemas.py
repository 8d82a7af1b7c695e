"""Request and response shapes for identities and `/v1/me`."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

PersonRole = Literal["applicant", "caseworker", "reviewer", "admin", "auditor"]


class PersonCreate(BaseModel):
    """A person who logs in with a password."""

    kind: Literal["user"] = "user"
    username: str = Field(min_length=3, max_length=120, pattern=r"^[A-Za-z0-9._@-]+$")
    name: str = Field(min_length=1, max_length=200)
    roles: list[PersonRole] = Field(min_length=1)
    region_scope: str = Field(default="", max_length=12, pattern=r"^[0-9]*$")
    password: str = Field(min_length=10, max_length=200)
    external_subject: str | None = Field(default=None, max_length=300)


class PartnerCreate(BaseModel):
    """A partner system: a data partner with its allowed sources, or a charity bound to an organization."""

    kind: Literal["partner"] = "partner"
    client_id: str = Field(min_length=3, max_length=120, pattern=r"^[A-Za-z0-9._-]+$")
    name: str = Field(min_length=1, max_length=200)
    role: Literal["data_partner", "charity_partner"]
    region_scope: str = Field(default="", max_length=12, pattern=r"^[0-9]*$")
    allowed_sources: list[str] = Field(default_factory=list)
    organization_id: str | None = Field(default=None, max_length=64)


class IdentityRead(BaseModel):
    id: uuid.UUID
    kind: str
    username: str
    name: str
    roles: list[str]
    region_scope: str
    organization_id: str | None
    allowed_sources: list[str]
    locked_until: datetime | None
    secret_rotated_at: datetime
    disabled: bool
    created_at: datetime


class IdentityCreated(IdentityRead):
    """A new partner's secret is returned once, here, and never again."""

    client_secret: str | None = None


class SecretRotated(BaseModel):
    client_id: str
    client_secret: str
    previous_secret_valid_until: datetime


class PasswordChange(BaseModel):
    password: str = Field(min_length=10, max_length=200)


class Me(BaseModel):
    """The caller as the gateway sees their token, and their identity record where there is one."""

    subject: str
    kind: str
    name: str | None
    roles: list[str]
    region_scope: str
    organization_id: str | None
    allowed_sources: list[str]
    identity: IdentityRead | None
