"""Every query on love-list products, campaigns, orders and deliveries (stock by guarded UPDATE)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import case, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from charity.lovelist.models import (
    Delivery,
    GroupBuyCampaign,
    LoveListProduct,
    LoveOrder,
    SupplierOrder,
)


async def get_product(session: AsyncSession, product_id: uuid.UUID) -> LoveListProduct | None:
    return await session.get(LoveListProduct, product_id)


async def products(session: AsyncSession) -> list[LoveListProduct]:
    rows = await session.execute(
        select(LoveListProduct).order_by(LoveListProduct.name, LoveListProduct.id)
    )
    return list(rows.scalars())


async def _guarded(session: AsyncSession, statement: object) -> bool:
    result = await session.execute(
        statement,  # type: ignore[call-overload]
        execution_options={"synchronize_session": False},
    )
    return bool(result.rowcount == 1)


async def add_stock(session: AsyncSession, product_id: uuid.UUID, n: int) -> None:
    await _guarded(
        session,
        update(LoveListProduct)
        .where(LoveListProduct.id == product_id)
        .values(stock_on_hand=LoveListProduct.stock_on_hand + n),
    )


async def reserve(session: AsyncSession, product_id: uuid.UUID, n: int) -> bool:
    """Reserve n only if n are on hand and unreserved — one statement, safe under concurrency."""
    return await _guarded(
        session,
        update(LoveListProduct)
        .where(
            LoveListProduct.id == product_id,
            LoveListProduct.stock_on_hand - LoveListProduct.stock_reserved >= n,
        )
        .values(stock_reserved=LoveListProduct.stock_reserved + n),
    )


async def release(session: AsyncSession, product_id: uuid.UUID, n: int) -> bool:
    return await _guarded(
        session,
        update(LoveListProduct)
        .where(LoveListProduct.id == product_id, LoveListProduct.stock_reserved >= n)
        .values(stock_reserved=LoveListProduct.stock_reserved - n),
    )


async def issue(session: AsyncSession, product_id: uuid.UUID, n: int) -> bool:
    return await _guarded(
        session,
        update(LoveListProduct)
        .where(LoveListProduct.id == product_id, LoveListProduct.stock_reserved >= n)
        .values(
            stock_reserved=LoveListProduct.stock_reserved - n,
            stock_on_hand=LoveListProduct.stock_on_hand - n,
        ),
    )


async def ordered_this_period(
    session: AsyncSession, *, household_id: uuid.UUID, product_id: uuid.UUID, period: str
) -> int:
    total = (
        await session.execute(
            select(func.coalesce(func.sum(LoveOrder.quantity), 0)).where(
                LoveOrder.household_id == household_id,
                LoveOrder.product_id == product_id,
                LoveOrder.period == period,
                LoveOrder.status != "cancelled",
            )
        )
    ).scalar_one()
    return int(total)


async def get_campaign(
    session: AsyncSession, campaign_id: uuid.UUID, *, lock: bool = False
) -> GroupBuyCampaign | None:
    query = select(GroupBuyCampaign).where(GroupBuyCampaign.id == campaign_id)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return (await session.execute(query)).scalars().first()


async def orders_of_campaign(session: AsyncSession, campaign_id: uuid.UUID) -> list[LoveOrder]:
    rows = await session.execute(
        select(LoveOrder)
        .where(LoveOrder.campaign_id == campaign_id, LoveOrder.status != "cancelled")
        .order_by(LoveOrder.created_at, LoveOrder.id)
    )
    return list(rows.scalars())


async def supplier_orders(session: AsyncSession, campaign_id: uuid.UUID) -> list[SupplierOrder]:
    rows = await session.execute(
        select(SupplierOrder)
        .where(SupplierOrder.campaign_id == campaign_id)
        .order_by(SupplierOrder.created_at, SupplierOrder.id)
    )
    return list(rows.scalars())


async def get_order(
    session: AsyncSession, order_id: uuid.UUID, *, lock: bool = False
) -> LoveOrder | None:
    query = select(LoveOrder).where(LoveOrder.id == order_id)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return (await session.execute(query)).scalars().first()


async def count_wrong_code(
    session: AsyncSession, order_id: uuid.UUID, *, limit: int, now: datetime
) -> int | None:
    """Count one wrong confirmation code in a transaction of its own; None if already locked.

    The request that entered the wrong code fails, and its session rolls back: the count must not go
    with it, or a runner could guess without end. One conditional UPDATE (never read-modify-write),
    so concurrent wrong codes on several replicas are each counted once and never pass the limit.
    """
    async with AsyncSession(session.bind) as own, own.begin():
        failures = LoveOrder.confirmation_failures
        counted = await own.execute(
            update(LoveOrder)
            .where(LoveOrder.id == order_id, failures < limit)
            .values(
                confirmation_failures=failures + 1,
                confirmation_locked_at=case(
                    (failures + 1 >= limit, now), else_=LoveOrder.confirmation_locked_at
                ),
            )
            .returning(failures),
            execution_options={"synchronize_session": False},
        )
        return counted.scalar_one_or_none()


async def mark_delivered(
    session: AsyncSession, order_id: uuid.UUID, *, limit: int, now: datetime
) -> bool:
    """Deliver only an order out for delivery whose confirmation is not locked — one statement."""
    return await _guarded(
        session,
        update(LoveOrder)
        .where(
            LoveOrder.id == order_id,
            LoveOrder.status == "out_for_delivery",
            LoveOrder.confirmation_failures < limit,
        )
        .values(status="delivered", updated_at=now),
    )


async def orders_of_household(session: AsyncSession, household_id: uuid.UUID) -> list[LoveOrder]:
    rows = await session.execute(
        select(LoveOrder)
        .where(LoveOrder.household_id == household_id)
        .order_by(LoveOrder.created_at.desc(), LoveOrder.id)
    )
    return list(rows.scalars())


async def delivery_of(session: AsyncSession, order_id: uuid.UUID) -> Delivery | None:
    rows = await session.execute(select(Delivery).where(Delivery.order_id == order_id))
    return rows.scalars().first()


async def get_delivery(session: AsyncSession, delivery_id: uuid.UUID) -> Delivery | None:
    return await session.get(Delivery, delivery_id)


async def deliveries(
    session: AsyncSession,
    *,
    campaign_id: uuid.UUID | None,
    runner_organization_id: uuid.UUID | None,
    supplier_organization_id: uuid.UUID | None,
    region_prefix: str | None,
    limit: int,
) -> list[Delivery]:
    query = select(Delivery).join(LoveOrder, LoveOrder.id == Delivery.order_id)
    if campaign_id is not None:
        query = query.where(LoveOrder.campaign_id == campaign_id)
    if runner_organization_id is not None:
        query = query.where(Delivery.runner_organization_id == runner_organization_id)
    if supplier_organization_id is not None:
        query = query.where(LoveOrder.supplier_organization_id == supplier_organization_id)
    if region_prefix:
        query = query.where(Delivery.region_code.startswith(region_prefix))
    rows = await session.execute(query.order_by(LoveOrder.created_at, Delivery.id).limit(limit))
    return list(rows.scalars())
