"""The resource directory as Open Referral HSDS 3.0: organizations and services, no personal data.

Resources map to HSDS services, their regions served to service areas, their schedules to schedules;
organizations carry no contact person (a person's name or phone is personal data).
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from charity.organizations import repository as organization_repository
from charity.organizations.models import Organization
from charity.resources import repository as resource_repository
from charity.resources.models import Resource
from charity.validation import region_name
from jiuzhu_kit.errors import NotFound

HSDS_VERSION = "3.0"
STATUS = {"active": "active", "paused": "temporarily closed", "closed": "inactive"}
NAMESPACE = uuid.UUID("6f1f7c1e-4c53-4a0e-9a39-0c8f0c2a9b11")  # stable ids for derived rows
ALL_KINDS = ("goods", "service", "volunteer_offer", "project", "hotline")


def api_info(base_url: str) -> dict[str, Any]:
    return {
        "version": HSDS_VERSION,
        "profile": "https://docs.openreferral.org/en/latest/hsds/",
        "openapi_url": f"{base_url.rstrip('/')}/openapi.json",
    }


def _organization_core(organization: Organization) -> dict[str, Any]:
    core: dict[str, Any] = {
        "id": str(organization.id),
        "name": organization.name,
        "description": organization.description or organization.name,
    }
    if organization.email:
        core["email"] = organization.email
    if organization.website:
        core["website"] = organization.website
    return core


def _service_core(resource: Resource) -> dict[str, Any]:
    return {
        "id": str(resource.id),
        "organization_id": str(resource.organization_id),
        "name": resource.name,
        "description": resource.description or resource.name,
        "status": STATUS.get(resource.status, "inactive"),
        "last_modified": resource.updated_at.isoformat().replace("+00:00", "Z"),
    }


def _service_full(resource: Resource, organization: Organization | None) -> dict[str, Any]:
    service = _service_core(resource)
    service["service_areas"] = [
        {
            "id": str(uuid.uuid5(NAMESPACE, f"{resource.id}/area/{code}")),
            "service_id": str(resource.id),
            "name": region_name(code) or code,
            "description": f"GB/T 2260 region {code}",
            "extent_type": "region_code",
            "extent": code,
        }
        for code in resource.regions_served
    ]
    service["schedules"] = (
        [
            {
                "id": str(uuid.uuid5(NAMESPACE, f"{resource.id}/schedule")),
                "service_id": str(resource.id),
                "timezone": 8,
                "description": resource.schedule,
            }
        ]
        if resource.schedule
        else []
    )
    service["attributes"] = [
        {
            "id": str(uuid.uuid5(NAMESPACE, f"{resource.id}/attribute/{key}/{value}")),
            "link_id": str(resource.id),
            "link_type": key,
            "link_entity": "service",
            "value": value,
        }
        for key, values in (
            ("category", [resource.category]),
            ("kind", [resource.kind]),
            ("target_group", resource.target_groups),
        )
        for value in values
    ]
    if organization is not None:
        service["organization"] = _organization_core(organization)
    return service


def _page(contents: list[dict[str, Any]], total: int, page: int, per_page: int) -> dict[str, Any]:
    total_pages = max(math.ceil(total / per_page), 1)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": len(contents) == 0,
        "contents": contents,
    }


async def services(
    session: AsyncSession, *, page: int, per_page: int, organization_id: uuid.UUID | None
) -> dict[str, Any]:
    items, total = await resource_repository.page(
        session,
        category=None,
        kind=None,
        organization_id=organization_id,
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    return _page([_service_core(r) for r in items], total, page, per_page)


async def service(session: AsyncSession, *, service_id: uuid.UUID) -> dict[str, Any]:
    resource = await resource_repository.get(session, service_id)
    if resource is None:
        raise NotFound(f"Service {service_id} not found")
    organization = await organization_repository.get(session, resource.organization_id)
    return _service_full(resource, organization)


async def organizations(session: AsyncSession, *, page: int, per_page: int) -> dict[str, Any]:
    items, total = await organization_repository.page(
        session, kind=None, region_prefix=None, limit=per_page, offset=(page - 1) * per_page
    )
    return _page([_organization_core(o) for o in items], total, page, per_page)


async def organization(session: AsyncSession, *, organization_id: uuid.UUID) -> dict[str, Any]:
    found = await organization_repository.get(session, organization_id)
    if found is None:
        raise NotFound(f"Organization {organization_id} not found")
    offered, _ = await resource_repository.page(
        session, category=None, kind=None, organization_id=found.id, limit=1000, offset=0
    )
    full = _organization_core(found)
    full["services"] = [_service_full(r, None) for r in offered]
    return full
