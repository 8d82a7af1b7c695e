"""`/v1/orders` and `/v1/deliveries`: love-list orders and their way to the door."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from charity.access import DIRECTORY_ROLES, StaffOrPartner
from charity.clock import ClockDep
from charity.lovelist import orders
from charity.lovelist.schemas import (
    AssignRunner,
    ConfirmDelivery,
    DeliveryRead,
    OrderCreate,
    OrderRead,
)
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep

orders_router = APIRouter(prefix="/v1/orders", tags=["orders"])
deliveries_router = APIRouter(prefix="/v1/deliveries", tags=["deliveries"])

Buyer = Annotated[Principal, Depends(require_roles("applicant", "caseworker", "admin"))]
Participant = Annotated[Principal, Depends(require_roles(*DIRECTORY_ROLES))]


@orders_router.post(
    "", status_code=201, response_model=OrderRead, summary="Order from the love list"
)
async def place_order(
    data: OrderCreate, session: SessionDep, principal: Buyer, clock: ClockDep
) -> OrderRead:
    order = await orders.place(session, data=data, principal=principal, now=clock())
    return await orders.to_read(session, order, principal)


@orders_router.get("", response_model=list[OrderRead], summary="A household's orders")
async def list_orders(
    household_id: uuid.UUID, session: SessionDep, principal: Buyer
) -> list[OrderRead]:
    found = await orders.of_household(session, household_id=household_id, principal=principal)
    return [await orders.to_read(session, o, principal) for o in found]


@orders_router.get("/{order_id}", response_model=OrderRead, summary="An order and its delivery")
async def get_order(order_id: uuid.UUID, session: SessionDep, principal: Participant) -> OrderRead:
    order = await orders.get(session, order_id=order_id, principal=principal)
    return await orders.to_read(session, order, principal)


@orders_router.post("/{order_id}/cancel", response_model=OrderRead, summary="Cancel a placed order")
async def cancel_order(
    order_id: uuid.UUID, session: SessionDep, principal: Participant, clock: ClockDep
) -> OrderRead:
    order = await orders.cancel(session, order_id=order_id, principal=principal, now=clock())
    return await orders.to_read(session, order, principal)


@orders_router.post(
    "/{order_id}/confirmation-code",
    response_model=OrderRead,
    summary="Re-issue the delivery confirmation code (lifts a lock after wrong codes)",
    description="The buyer, the household's applicant or local staff get a new code, shown in the "
    "response; the old code stops working and the count of wrong codes starts again from zero.",
)
async def reissue_confirmation_code(
    order_id: uuid.UUID, session: SessionDep, principal: Buyer, clock: ClockDep
) -> OrderRead:
    order = await orders.reissue_code(session, order_id=order_id, principal=principal, now=clock())
    return await orders.to_read(session, order, principal, reveal_code=True)


@deliveries_router.get("", response_model=list[DeliveryRead], summary="Deliveries in scope")
async def list_deliveries(
    session: SessionDep,
    principal: StaffOrPartner,
    campaign_id: uuid.UUID | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> list[DeliveryRead]:
    found = await orders.list_deliveries(
        session, principal=principal, campaign_id=campaign_id, limit=limit
    )
    return [orders.delivery_read(d) for d in found]


@deliveries_router.post(
    "/{delivery_id}/at-station",
    response_model=DeliveryRead,
    summary="The supermarket delivered the goods to the station",
)
async def at_station(
    delivery_id: uuid.UUID, session: SessionDep, principal: StaffOrPartner, clock: ClockDep
) -> DeliveryRead:
    delivery = await orders.arrive_at_station(
        session, delivery_id=delivery_id, principal=principal, now=clock()
    )
    return orders.delivery_read(delivery)


@deliveries_router.post(
    "/{delivery_id}/assign", response_model=DeliveryRead, summary="Assign an errand runner"
)
async def assign(
    delivery_id: uuid.UUID,
    data: AssignRunner,
    session: SessionDep,
    principal: StaffOrPartner,
    clock: ClockDep,
) -> DeliveryRead:
    delivery = await orders.assign_runner(
        session,
        delivery_id=delivery_id,
        runner_person_id=data.runner_person_id,
        principal=principal,
        now=clock(),
    )
    return orders.delivery_read(delivery)


@deliveries_router.post(
    "/{delivery_id}/confirm",
    response_model=DeliveryRead,
    summary="Delivered to the door: the recipient's confirmation code proves it",
)
async def confirm(
    delivery_id: uuid.UUID,
    data: ConfirmDelivery,
    session: SessionDep,
    principal: StaffOrPartner,
    clock: ClockDep,
) -> DeliveryRead:
    delivery = await orders.confirm(
        session,
        delivery_id=delivery_id,
        code=data.confirmation_code,
        principal=principal,
        now=clock(),
    )
    return orders.delivery_read(delivery)
