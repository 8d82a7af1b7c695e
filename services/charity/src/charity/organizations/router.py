"""`/v1/organizations`: the organizations of the resource pool and their people."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from charity.access import DirectoryReader, Manager, Registrar
from charity.organizations import service
from charity.organizations.schemas import (
    OrganizationCreate,
    OrganizationKind,
    OrganizationPage,
    OrganizationRead,
    PersonCreate,
    PersonRead,
    PersonRole,
)
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/organizations", tags=["organizations"])


@router.post(
    "", status_code=201, response_model=OrganizationRead, summary="Register an organization"
)
async def create_organization(
    data: OrganizationCreate, session: SessionDep, principal: Registrar
) -> OrganizationRead:
    organization = await service.create(session, data=data, principal=principal)
    return service.to_read(organization)


@router.get("", response_model=OrganizationPage, summary="Organizations of the resource pool")
async def list_organizations(
    session: SessionDep,
    principal: DirectoryReader,
    kind: OrganizationKind | None = None,
    region_code: Annotated[str | None, Query(pattern=r"^\d{2,12}$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> OrganizationPage:
    items, total = await service.list_page(
        session, kind=kind, region_prefix=region_code, limit=limit, offset=offset
    )
    return OrganizationPage(
        items=[service.to_read(o) for o in items], total=total, limit=limit, offset=offset
    )


@router.get("/{organization_id}", response_model=OrganizationRead, summary="Read an organization")
async def get_organization(
    organization_id: uuid.UUID, session: SessionDep, principal: DirectoryReader
) -> OrganizationRead:
    return service.to_read(await service.get(session, organization_id=organization_id))


@router.post(
    "/{organization_id}/people",
    status_code=201,
    response_model=PersonRead,
    summary="Add a social worker, volunteer, errand runner or group-buy leader",
)
async def add_person(
    organization_id: uuid.UUID, data: PersonCreate, session: SessionDep, principal: Manager
) -> PersonRead:
    person = await service.add_person(
        session, organization_id=organization_id, data=data, principal=principal
    )
    return service.person_read(person, principal)


@router.get(
    "/{organization_id}/people", response_model=list[PersonRead], summary="An organization's people"
)
async def list_people(
    organization_id: uuid.UUID,
    session: SessionDep,
    principal: DirectoryReader,
    role: PersonRole | None = None,
) -> list[PersonRead]:
    people = await service.people(session, organization_id=organization_id, role=role)
    return [service.person_read(p, principal) for p in people]
