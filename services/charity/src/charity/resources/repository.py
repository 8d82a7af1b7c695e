"""Every query on resources, lots, the stock ledger and capacity usage.

Stock and capacity change through guarded UPDATEs (`… WHERE available >= n`): the check and the change
are one statement, so concurrent orders can never take more than there is, on PostgreSQL or SQLite.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from charity.resources.models import CapacityUsage, Resource, StockLot, StockMovement


async def get(session: AsyncSession, resource_id: uuid.UUID) -> Resource | None:
    return await session.get(Resource, resource_id)


async def reload(session: AsyncSession, resource: Resource) -> Resource:
    await session.refresh(resource)
    return resource


async def page(
    session: AsyncSession,
    *,
    category: str | None,
    kind: str | None,
    organization_id: uuid.UUID | None,
    limit: int,
    offset: int,
) -> tuple[list[Resource], int]:
    query = select(Resource)
    if category is not None:
        query = query.where(Resource.category == category)
    if kind is not None:
        query = query.where(Resource.kind == kind)
    if organization_id is not None:
        query = query.where(Resource.organization_id == organization_id)
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = await session.execute(
        query.order_by(Resource.created_at, Resource.id).limit(limit).offset(offset)
    )
    return list(rows.scalars()), int(total)


async def active_in_categories(session: AsyncSession, categories: Sequence[str]) -> list[Resource]:
    rows = await session.execute(
        select(Resource)
        .where(Resource.category.in_(categories), Resource.status == "active")
        .order_by(Resource.created_at)
    )
    return list(rows.scalars())


async def lots_of(session: AsyncSession, resource_id: uuid.UUID) -> list[StockLot]:
    rows = await session.execute(
        select(StockLot).where(StockLot.resource_id == resource_id).order_by(StockLot.received_at)
    )
    return list(rows.scalars())


async def movements_of(session: AsyncSession, resource_id: uuid.UUID) -> list[StockMovement]:
    rows = await session.execute(
        select(StockMovement)
        .where(StockMovement.resource_id == resource_id)
        .order_by(StockMovement.at, StockMovement.id)
    )
    return list(rows.scalars())


def record(
    session: AsyncSession,
    resource_id: uuid.UUID,
    movement: str,
    quantity: int,
    *,
    referral_id: uuid.UUID | None = None,
    lot_id: uuid.UUID | None = None,
) -> None:
    session.add(
        StockMovement(
            resource_id=resource_id,
            movement=movement,
            quantity=quantity,
            referral_id=referral_id,
            lot_id=lot_id,
        )
    )


async def _guarded(session: AsyncSession, statement: object) -> bool:
    result = await session.execute(
        statement,  # type: ignore[call-overload]
        execution_options={"synchronize_session": False},
    )
    return bool(result.rowcount == 1)


async def receive_stock(session: AsyncSession, resource_id: uuid.UUID, n: int) -> None:
    await _guarded(
        session,
        update(Resource)
        .where(Resource.id == resource_id)
        .values(stock_on_hand=Resource.stock_on_hand + n),
    )


async def reserve_stock(session: AsyncSession, resource_id: uuid.UUID, n: int) -> bool:
    """Reserve n if that many are on hand and unreserved; False (nothing changed) otherwise."""
    return await _guarded(
        session,
        update(Resource)
        .where(Resource.id == resource_id, Resource.stock_on_hand - Resource.stock_reserved >= n)
        .values(stock_reserved=Resource.stock_reserved + n),
    )


async def release_stock(session: AsyncSession, resource_id: uuid.UUID, n: int) -> bool:
    return await _guarded(
        session,
        update(Resource)
        .where(Resource.id == resource_id, Resource.stock_reserved >= n)
        .values(stock_reserved=Resource.stock_reserved - n),
    )


async def issue_stock(session: AsyncSession, resource_id: uuid.UUID, n: int) -> bool:
    """Hand out n reserved units: they leave both the reserve and the stock on hand."""
    return await _guarded(
        session,
        update(Resource)
        .where(Resource.id == resource_id, Resource.stock_reserved >= n)
        .values(
            stock_reserved=Resource.stock_reserved - n,
            stock_on_hand=Resource.stock_on_hand - n,
            stock_issued=Resource.stock_issued + n,
        ),
    )


async def _ensure_usage_row(session: AsyncSession, resource_id: uuid.UUID, period: str) -> None:
    values = {"id": uuid.uuid4(), "resource_id": resource_id, "period_key": period}
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    await session.execute(
        insert(CapacityUsage)
        .values(**values, held=0, used=0)
        .on_conflict_do_nothing(index_elements=["resource_id", "period_key"])
    )


async def hold_capacity(
    session: AsyncSession, resource_id: uuid.UUID, period: str, n: int, capacity: int
) -> bool:
    await _ensure_usage_row(session, resource_id, period)
    return await _guarded(
        session,
        update(CapacityUsage)
        .where(
            CapacityUsage.resource_id == resource_id,
            CapacityUsage.period_key == period,
            CapacityUsage.held + CapacityUsage.used + n <= capacity,
        )
        .values(held=CapacityUsage.held + n),
    )


async def release_capacity(
    session: AsyncSession, resource_id: uuid.UUID, period: str, n: int
) -> bool:
    return await _guarded(
        session,
        update(CapacityUsage)
        .where(
            CapacityUsage.resource_id == resource_id,
            CapacityUsage.period_key == period,
            CapacityUsage.held >= n,
        )
        .values(held=CapacityUsage.held - n),
    )


async def use_capacity(session: AsyncSession, resource_id: uuid.UUID, period: str, n: int) -> bool:
    """Held capacity becomes used once the service is delivered."""
    return await _guarded(
        session,
        update(CapacityUsage)
        .where(
            CapacityUsage.resource_id == resource_id,
            CapacityUsage.period_key == period,
            CapacityUsage.held >= n,
        )
        .values(held=CapacityUsage.held - n, used=CapacityUsage.used + n),
    )


async def capacity_taken(session: AsyncSession, resource_id: uuid.UUID, period: str) -> int:
    row = (
        await session.execute(
            select(CapacityUsage.held + CapacityUsage.used).where(
                CapacityUsage.resource_id == resource_id, CapacityUsage.period_key == period
            )
        )
    ).scalar_one_or_none()
    return int(row or 0)
