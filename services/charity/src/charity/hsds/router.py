"""`/hsds/…`: the public, read-only HSDS 3.0 directory (no authentication, no personal data)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from charity.hsds import service
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/hsds", tags=["HSDS 3.0 directory"])
Page = Annotated[int, Query(ge=1, le=100_000)]
PerPage = Annotated[int, Query(ge=1, le=200)]


@router.get("/", summary="HSDS API information")
async def api_info(request: Request) -> dict[str, Any]:
    return service.api_info(str(request.base_url) + "hsds")


@router.get("/services", summary="Services (resources), paginated")
async def list_services(
    session: SessionDep,
    page: Page = 1,
    per_page: PerPage = 50,
    organization_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return await service.services(
        session, page=page, per_page=per_page, organization_id=organization_id
    )


@router.get("/services/{service_id}", summary="A fully nested service")
async def get_service(service_id: uuid.UUID, session: SessionDep) -> dict[str, Any]:
    return await service.service(session, service_id=service_id)


@router.get("/organizations", summary="Organizations, paginated")
async def list_organizations(
    session: SessionDep, page: Page = 1, per_page: PerPage = 50
) -> dict[str, Any]:
    return await service.organizations(session, page=page, per_page=per_page)


@router.get("/organizations/{organization_id}", summary="An organization with its services")
async def get_organization(organization_id: uuid.UUID, session: SessionDep) -> dict[str, Any]:
    return await service.organization(session, organization_id=organization_id)
