"""`/v1/policies` and `/v1/parameters`: read the catalog of any version; admins publish new versions."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from jiuzhu_kit.auth import CurrentPrincipal, Principal, require_roles
from jiuzhu_kit.db import SessionDep
from matching.catalog import repository, service
from matching.catalog.schemas import (
    CatalogPublish,
    CatalogVersionRead,
    ParameterList,
    ParameterRead,
    ParameterValueIn,
    PolicyList,
    PolicyRead,
)

policies = APIRouter(prefix="/v1/policies", tags=["policies"])
parameters = APIRouter(prefix="/v1/parameters", tags=["parameters"])

Admin = Annotated[Principal, Depends(require_roles("admin"))]
Version = Annotated[int | None, Query(ge=1, description="Catalog version; the newest if omitted")]
Region = Annotated[str | None, Query(pattern=r"^\d{2,12}$", description="Region code")]
On = Annotated[date | None, Query(description="Date the value must be in force on")]


def _read(row: object) -> CatalogVersionRead:
    return CatalogVersionRead.model_validate(row, from_attributes=True)


@policies.get("/versions", response_model=list[CatalogVersionRead], summary="Catalog versions")
async def list_versions(session: SessionDep, _: CurrentPrincipal) -> list[CatalogVersionRead]:
    return [_read(r) for r in await repository.all_versions(session)]


@policies.post(
    "/versions",
    status_code=201,
    response_model=CatalogVersionRead,
    summary="Publish a new catalog version (validated; takes effect at once)",
)
async def publish_version(
    data: CatalogPublish, session: SessionDep, principal: Admin
) -> CatalogVersionRead:
    return _read(await service.publish(session, data=data, principal=principal))


@policies.get("", response_model=PolicyList, summary="Policies of the catalog (政策一本通)")
async def list_policies(
    session: SessionDep, _: CurrentPrincipal, version: Version = None
) -> PolicyList:
    return await service.list_policies(session, number=version)


@policies.get("/{code}", response_model=PolicyRead, summary="One policy")
async def get_policy(
    code: str, session: SessionDep, _: CurrentPrincipal, version: Version = None
) -> PolicyRead:
    return await service.get_policy(session, code=code, number=version)


@parameters.get("", response_model=ParameterList, summary="Dated regional parameters")
async def list_parameters(
    session: SessionDep,
    _: CurrentPrincipal,
    version: Version = None,
    region: Region = None,
    on: On = None,
) -> ParameterList:
    return await service.list_parameters(session, number=version, region=region, on=on)


@parameters.get("/{name}", response_model=ParameterRead, summary="One parameter")
async def get_parameter(
    name: str,
    session: SessionDep,
    _: CurrentPrincipal,
    version: Version = None,
    region: Region = None,
    on: On = None,
) -> ParameterRead:
    return await service.get_parameter(session, name=name, number=version, region=region, on=on)


@parameters.post(
    "/{name}/values",
    status_code=201,
    response_model=CatalogVersionRead,
    summary="Add a dated regional value; publishes a new catalog version",
)
async def add_value(
    name: str, data: ParameterValueIn, session: SessionDep, principal: Admin
) -> CatalogVersionRead:
    return _read(
        await service.add_parameter_value(session, name=name, data=data, principal=principal)
    )
