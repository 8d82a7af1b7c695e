"""Every query on organizations and their people."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from charity.organizations.models import Organization, OrganizationPerson


async def get(session: AsyncSession, organization_id: uuid.UUID) -> Organization | None:
    return await session.get(Organization, organization_id)


async def page(
    session: AsyncSession, *, kind: str | None, region_prefix: str | None, limit: int, offset: int
) -> tuple[list[Organization], int]:
    query = select(Organization)
    if kind is not None:
        query = query.where(Organization.kind == kind)
    if region_prefix:
        query = query.where(Organization.region_code.startswith(region_prefix))
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = await session.execute(
        query.order_by(Organization.name, Organization.id).limit(limit).offset(offset)
    )
    return list(rows.scalars()), int(total)


async def people_of(
    session: AsyncSession, organization_id: uuid.UUID, role: str | None = None
) -> list[OrganizationPerson]:
    query = select(OrganizationPerson).where(OrganizationPerson.organization_id == organization_id)
    if role is not None:
        query = query.where(OrganizationPerson.role == role)
    rows = await session.execute(query.order_by(OrganizationPerson.created_at))
    return list(rows.scalars())


async def get_person(session: AsyncSession, person_id: uuid.UUID) -> OrganizationPerson | None:
    return await session.get(OrganizationPerson, person_id)
