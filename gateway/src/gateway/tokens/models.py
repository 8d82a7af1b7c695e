"""The `refresh_token` table: opaque refresh tokens for apps, stored as SHA-256 digests only."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from gateway.db import GatewayModel
from jiuzhu_kit.db import UTCDateTime, new_id, utcnow


class RefreshToken(GatewayModel, table=True):
    __tablename__ = "refresh_token"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    identity_id: uuid.UUID = Field(foreign_key="identity.id", index=True)
    token_digest: str = Field(max_length=64, unique=True)
    # The roles the token was granted (a narrowed `scope` stays narrow on refresh).
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    issued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    # Set when the token is used (each refresh token works once) or revoked.
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
