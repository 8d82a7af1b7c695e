"""Organizations of the resource pool (救助资源库) and their people."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from charity.db import CharityModel, pii_cipher
from jiuzhu_kit.db import UTCDateTime, utcnow
from jiuzhu_kit.pii import EncryptedString


class Organization(CharityModel, table=True):
    """A social organization, charity, social-work agency, volunteer team, enterprise or supermarket."""

    __tablename__ = "organization"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(max_length=120, index=True)
    kind: str = Field(max_length=30)
    region_code: str = Field(max_length=12, index=True)  # where it is based
    regions_served: list[str] = Field(sa_column=Column(JSON, nullable=False))
    description: str = Field(default="", max_length=2000)
    contact_name: str | None = Field(default=None, max_length=60)
    contact_phone: str | None = Field(default=None, max_length=30)
    email: str | None = Field(default=None, max_length=120)
    website: str | None = Field(default=None, max_length=300)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OrganizationPerson(CharityModel, table=True):
    """A social worker, volunteer, errand runner (跑腿帮) or group-buy leader of an organization."""

    __tablename__ = "organization_person"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organization_id: uuid.UUID = Field(foreign_key="organization.id", index=True)
    name: str = Field(max_length=60)
    role: str = Field(max_length=30)
    region_code: str = Field(max_length=12)
    phone: str | None = Field(default=None, sa_column=Column(EncryptedString(pii_cipher, 20)))
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
