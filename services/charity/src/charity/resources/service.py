"""Resource rules: who may publish, the stock ledger (reserve, release, issue), capacity per period."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal, cast

from sqlalchemy.ext.asyncio import AsyncSession

from charity.clock import period_key
from charity.errors import InsufficientStock
from charity.organizations import service as organization_service
from charity.resources import repository
from charity.resources.models import Resource, StockLot
from charity.resources.schemas import (
    LedgerRead,
    LotCreate,
    LotRead,
    MovementRead,
    ResourceCreate,
    ResourceRead,
    ResourceUpdate,
)
from charity.validation import FieldErrors, check_region, raise_if
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.errors import NotFound

Period = Literal["week", "month"]


async def create(session: AsyncSession, *, data: ResourceCreate, principal: Principal) -> Resource:
    organization = await organization_service.get_managed(
        session, organization_id=data.organization_id, principal=principal
    )
    errors: FieldErrors = []
    served = [
        check_region(code, f"regions_served.{i}", errors)
        for i, code in enumerate(data.regions_served)
    ]
    if data.kind == "goods" and not data.unit:
        errors.append({"field": "unit", "message": "goods need a unit (箱, 袋, 份 …)"})
    if data.kind == "goods" and data.capacity_per_period is not None:
        errors.append(
            {"field": "capacity_per_period", "message": "goods are limited by stock, not capacity"}
        )
    if (data.capacity_per_period is None) != (data.capacity_period is None):
        errors.append(
            {
                "field": "capacity_period",
                "message": "capacity_per_period and capacity_period go together",
            }
        )
    raise_if(errors, "resource")
    resource = Resource(
        **data.model_dump(exclude={"regions_served", "target_groups"}),
        target_groups=list(data.target_groups),
        regions_served=[c for c in served if c is not None] or list(organization.regions_served),
    )
    session.add(resource)
    await session.flush()
    return resource


async def get(session: AsyncSession, *, resource_id: uuid.UUID) -> Resource:
    resource = await repository.get(session, resource_id)
    if resource is None:
        raise NotFound(f"Resource {resource_id} not found")
    return resource


async def get_managed(
    session: AsyncSession, *, resource_id: uuid.UUID, principal: Principal
) -> Resource:
    resource = await get(session, resource_id=resource_id)
    await organization_service.get_managed(
        session, organization_id=resource.organization_id, principal=principal
    )
    return resource


async def update(
    session: AsyncSession, *, resource_id: uuid.UUID, data: ResourceUpdate, principal: Principal
) -> Resource:
    resource = await get_managed(session, resource_id=resource_id, principal=principal)
    for name, value in data.model_dump(exclude_unset=True).items():
        if value is not None:
            setattr(resource, name, value)
    resource.updated_at = utcnow()
    session.add(resource)
    await session.flush()
    return resource


async def receive_lot(
    session: AsyncSession, *, resource_id: uuid.UUID, data: LotCreate, principal: Principal
) -> Resource:
    resource = await get_managed(session, resource_id=resource_id, principal=principal)
    if resource.kind != "goods":
        raise_if([{"field": "resource_id", "message": "only goods have stock lots"}], "lot")
    if data.unit != resource.unit:
        raise_if(
            [{"field": "unit", "message": f"this resource counts in {resource.unit!r}"}], "lot"
        )
    lot = StockLot(resource_id=resource.id, **data.model_dump())
    session.add(lot)
    await session.flush()
    await repository.receive_stock(session, resource.id, data.quantity)
    repository.record(session, resource.id, "received", data.quantity, lot_id=lot.id)
    return await repository.reload(session, resource)


async def available(session: AsyncSession, resource: Resource, at: datetime) -> int | None:
    """What is left: goods on hand minus reserved; a service's capacity left in `at`'s period."""
    if resource.kind == "goods":
        return resource.stock_on_hand - resource.stock_reserved
    if resource.capacity_per_period is None or resource.capacity_period is None:
        return None
    taken = await repository.capacity_taken(
        session, resource.id, period_key(at, cast(Period, resource.capacity_period))
    )
    return max(resource.capacity_per_period - taken, 0)


async def to_read(session: AsyncSession, resource: Resource, at: datetime) -> ResourceRead:
    return ResourceRead(
        **resource.model_dump(exclude={"created_at", "updated_at"}),
        available=await available(session, resource, at),
    )


async def list_page(
    session: AsyncSession,
    *,
    category: str | None,
    kind: str | None,
    organization_id: uuid.UUID | None,
    limit: int,
    offset: int,
) -> tuple[list[Resource], int]:
    return await repository.page(
        session,
        category=category,
        kind=kind,
        organization_id=organization_id,
        limit=limit,
        offset=offset,
    )


async def ledger(session: AsyncSession, *, resource_id: uuid.UUID, at: datetime) -> LedgerRead:
    resource = await get(session, resource_id=resource_id)
    lots = await repository.lots_of(session, resource.id)
    movements = await repository.movements_of(session, resource.id)
    return LedgerRead(
        resource=await to_read(session, resource, at),
        lots=[LotRead.model_validate(lot, from_attributes=True) for lot in lots],
        movements=[MovementRead.model_validate(m, from_attributes=True) for m in movements],
    )


# --- holds, used by referrals -------------------------------------------------------------------


async def hold(
    session: AsyncSession,
    *,
    resource: Resource,
    quantity: int,
    at: datetime,
    referral_id: uuid.UUID,
) -> str | None:
    """Hold stock or capacity for a pending referral; returns the capacity period held, if any."""
    if resource.kind == "goods":
        if not await repository.reserve_stock(session, resource.id, quantity):
            await repository.reload(session, resource)
            raise InsufficientStock(
                f"{resource.name}: {quantity} {resource.unit} asked, "
                f"{resource.stock_on_hand - resource.stock_reserved} available",
                errors=[{"field": "quantity", "message": "beyond the stock available"}],
            )
        repository.record(session, resource.id, "reserved", quantity, referral_id=referral_id)
        return None
    if resource.capacity_per_period is None or resource.capacity_period is None:
        return None
    period = period_key(at, cast(Period, resource.capacity_period))
    if not await repository.hold_capacity(
        session, resource.id, period, quantity, resource.capacity_per_period
    ):
        raise InsufficientStock(
            f"{resource.name} has no capacity left for {quantity} more in period {period}",
            errors=[{"field": "quantity", "message": "beyond the capacity left this period"}],
        )
    return period


async def release(
    session: AsyncSession,
    *,
    resource: Resource,
    quantity: int,
    period: str | None,
    referral_id: uuid.UUID,
) -> None:
    """Give a pending referral's hold back (declined, expired)."""
    if resource.kind == "goods":
        if await repository.release_stock(session, resource.id, quantity):
            repository.record(session, resource.id, "released", quantity, referral_id=referral_id)
    elif period is not None:
        await repository.release_capacity(session, resource.id, period, quantity)


async def consume(
    session: AsyncSession,
    *,
    resource: Resource,
    quantity: int,
    period: str | None,
    referral_id: uuid.UUID,
) -> None:
    """A delivery: held goods are issued, held capacity becomes used."""
    if resource.kind == "goods":
        if await repository.issue_stock(session, resource.id, quantity):
            repository.record(session, resource.id, "issued", quantity, referral_id=referral_id)
    elif period is not None:
        await repository.use_capacity(session, resource.id, period, quantity)
