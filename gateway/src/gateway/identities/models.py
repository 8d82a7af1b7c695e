"""The `identity` table: one row per person (用户) or partner client (合作方接入).

Secrets are stored only as Argon2 hashes. A partner's previous secret keeps working until
`previous_secret_valid_until`, so a rotation does not cut its system off mid-deploy.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from gateway.db import GatewayModel
from jiuzhu_kit.db import UTCDateTime, new_id, utcnow


class Identity(GatewayModel, table=True):
    __tablename__ = "identity"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    # user: a person who logs in with a password (or an external OIDC token);
    # partner: a data or charity partner's system using client credentials.
    kind: str = Field(max_length=16)
    # The login name of a person, or the client_id of a partner system.
    username: str = Field(max_length=120, unique=True, index=True)
    name: str = Field(max_length=200)
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    region_scope: str = Field(default="", max_length=12)
    organization_id: str | None = Field(default=None, max_length=64)
    allowed_sources: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # `iss|sub` of a person at a trusted external OIDC issuer.
    external_subject: str | None = Field(default=None, max_length=300, unique=True)
    secret_hash: str = Field(max_length=200)
    secret_rotated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    previous_secret_hash: str | None = Field(default=None, max_length=200)
    previous_secret_valid_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    failed_attempts: int = 0
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    disabled: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
