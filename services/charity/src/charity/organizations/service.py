"""Organization rules: known regions, partners manage only their own organization, masked phones."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from charity.access import acts_for
from charity.organizations import repository
from charity.organizations.models import Organization, OrganizationPerson
from charity.organizations.schemas import (
    OrganizationCreate,
    OrganizationRead,
    PersonCreate,
    PersonRead,
)
from charity.validation import FieldErrors, check_region, raise_if, region_name
from jiuzhu_kit import pii
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, NotFound


async def create(
    session: AsyncSession, *, data: OrganizationCreate, principal: Principal
) -> Organization:
    errors: FieldErrors = []
    home = check_region(data.region_code, "region_code", errors)
    served = [
        check_region(code, f"regions_served.{i}", errors)
        for i, code in enumerate(data.regions_served)
    ]
    raise_if(errors, "organization")
    assert home is not None
    if not principal.has_any("admin") and not principal.sees_region(home):
        raise Forbidden(f"Region {home} is outside your scope ({principal.region_scope or 'none'})")
    organization = Organization(
        **data.model_dump(exclude={"region_code", "regions_served"}),
        region_code=home,
        regions_served=[c for c in served if c is not None],
    )
    session.add(organization)
    await session.flush()
    return organization


async def get(session: AsyncSession, *, organization_id: uuid.UUID) -> Organization:
    organization = await repository.get(session, organization_id)
    if organization is None:
        raise NotFound(f"Organization {organization_id} not found")
    return organization


async def get_managed(
    session: AsyncSession, *, organization_id: uuid.UUID, principal: Principal
) -> Organization:
    """The organization, if the caller may manage it: its own partner, an admin, a local caseworker."""
    organization = await get(session, organization_id=organization_id)
    if acts_for(principal, organization.id) or principal.has_any("admin"):
        return organization
    if principal.has_any("caseworker") and principal.sees_region(organization.region_code):
        return organization
    raise Forbidden(f"You may not manage organization {organization_id}")


def to_read(organization: Organization) -> OrganizationRead:
    return OrganizationRead(
        id=organization.id,
        name=organization.name,
        kind=organization.kind,
        region_code=organization.region_code,
        region_name=region_name(organization.region_code),
        regions_served=list(organization.regions_served),
        description=organization.description,
        contact_name=organization.contact_name,
        contact_phone=organization.contact_phone,
        email=organization.email,
        website=organization.website,
        created_at=organization.created_at,
    )


async def list_page(
    session: AsyncSession, *, kind: str | None, region_prefix: str | None, limit: int, offset: int
) -> tuple[list[Organization], int]:
    return await repository.page(
        session, kind=kind, region_prefix=region_prefix, limit=limit, offset=offset
    )


async def add_person(
    session: AsyncSession, *, organization_id: uuid.UUID, data: PersonCreate, principal: Principal
) -> OrganizationPerson:
    organization = await get_managed(session, organization_id=organization_id, principal=principal)
    errors: FieldErrors = []
    code = check_region(data.region_code, "region_code", errors)
    raise_if(errors, "person")
    assert code is not None
    person = OrganizationPerson(
        organization_id=organization.id,
        name=data.name,
        role=data.role,
        region_code=code,
        phone=data.phone,
    )
    session.add(person)
    await session.flush()
    return person


async def people(
    session: AsyncSession, *, organization_id: uuid.UUID, role: str | None
) -> list[OrganizationPerson]:
    await get(session, organization_id=organization_id)
    return await repository.people_of(session, organization_id, role)


async def get_person(
    session: AsyncSession, *, person_id: uuid.UUID, organization_id: uuid.UUID | None = None
) -> OrganizationPerson:
    person = await repository.get_person(session, person_id)
    if person is None or (
        organization_id is not None and person.organization_id != organization_id
    ):
        raise NotFound(f"Person {person_id} not found in that organization")
    return person


def person_read(person: OrganizationPerson, principal: Principal) -> PersonRead:
    reveal = acts_for(principal, person.organization_id) or principal.has_any("admin")
    phone = person.phone
    return PersonRead(
        id=person.id,
        organization_id=person.organization_id,
        name=person.name if reveal else pii.mask_name(person.name),
        role=person.role,
        region_code=person.region_code,
        phone=(phone if reveal else pii.mask_phone(phone)) if phone else None,
        active=person.active,
    )
