"""`/v1/resources`: publish resources, receive stock lots, read the ledger, rank candidates for a need."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from charity.access import DirectoryReader, Manager, StaffOrPartner
from charity.clock import ClockDep
from charity.households import linking
from charity.households.schemas import CandidateList
from charity.policy import PolicyDep
from charity.resources import service
from charity.resources.schemas import (
    LedgerRead,
    LotCreate,
    NeedCategory,
    ResourceCreate,
    ResourceKind,
    ResourcePage,
    ResourceRead,
    ResourceUpdate,
)
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/resources", tags=["resources"])


@router.post("", status_code=201, response_model=ResourceRead, summary="Publish a resource")
async def create_resource(
    data: ResourceCreate, session: SessionDep, principal: Manager, clock: ClockDep
) -> ResourceRead:
    resource = await service.create(session, data=data, principal=principal)
    return await service.to_read(session, resource, clock())


@router.get("", response_model=ResourcePage, summary="The resource pool (救助资源库)")
async def list_resources(
    session: SessionDep,
    principal: DirectoryReader,
    clock: ClockDep,
    category: NeedCategory | None = None,
    kind: ResourceKind | None = None,
    organization_id: uuid.UUID | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ResourcePage:
    items, total = await service.list_page(
        session,
        category=category,
        kind=kind,
        organization_id=organization_id,
        limit=limit,
        offset=offset,
    )
    now = clock()
    return ResourcePage(
        items=[await service.to_read(session, r, now) for r in items],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/candidates",
    response_model=CandidateList,
    summary="Resources ranked for a household's need, each with the reasons for its rank",
)
async def candidates(
    session: SessionDep,
    principal: StaffOrPartner,
    clock: ClockDep,
    policy: PolicyDep,
    need_id: uuid.UUID,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> CandidateList:
    return await linking.rank(
        session, need_id=need_id, principal=principal, at=clock(), limit=limit, policy=policy
    )


@router.get("/{resource_id}", response_model=ResourceRead, summary="Read a resource")
async def get_resource(
    resource_id: uuid.UUID, session: SessionDep, principal: DirectoryReader, clock: ClockDep
) -> ResourceRead:
    resource = await service.get(session, resource_id=resource_id)
    return await service.to_read(session, resource, clock())


@router.patch("/{resource_id}", response_model=ResourceRead, summary="Change status or capacity")
async def update_resource(
    resource_id: uuid.UUID,
    data: ResourceUpdate,
    session: SessionDep,
    principal: Manager,
    clock: ClockDep,
) -> ResourceRead:
    resource = await service.update(
        session, resource_id=resource_id, data=data, principal=principal
    )
    return await service.to_read(session, resource, clock())


@router.post(
    "/{resource_id}/lots",
    status_code=201,
    response_model=ResourceRead,
    summary="Receive a lot of goods into stock",
)
async def receive_lot(
    resource_id: uuid.UUID,
    data: LotCreate,
    session: SessionDep,
    principal: Manager,
    clock: ClockDep,
) -> ResourceRead:
    resource = await service.receive_lot(
        session, resource_id=resource_id, data=data, principal=principal
    )
    return await service.to_read(session, resource, clock())


@router.get(
    "/{resource_id}/ledger",
    response_model=LedgerRead,
    summary="Stock lots and every movement (received, reserved, released, issued)",
)
async def ledger(
    resource_id: uuid.UUID, session: SessionDep, principal: StaffOrPartner, clock: ClockDep
) -> LedgerRead:
    return await service.ledger(session, resource_id=resource_id, at=clock())
