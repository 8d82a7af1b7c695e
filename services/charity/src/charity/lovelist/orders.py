"""Love-list orders and deliveries: eligibility, monthly quotas, stock, and proof of delivery at the door.

An order reserves stock (never more than is on hand, even under concurrent orders); the goods leave the
supermarket for the station (stock issued), an errand runner takes them to the door, and the recipient's
six-digit confirmation code proves the delivery.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from datetime import datetime
from decimal import Decimal
from typing import NoReturn

from sqlalchemy.ext.asyncio import AsyncSession

from charity.access import acts_for, is_staff, partner_organization
from charity.clock import local_date, period_key
from charity.errors import (
    ConfirmationCodeMismatch,
    ConfirmationLocked,
    InsufficientStock,
    QuotaExceeded,
    TransitionNotAllowed,
)
from charity.households import repository as household_repository
from charity.households import service as household_service
from charity.households.models import HouseholdProfile
from charity.lovelist import catalog, repository
from charity.lovelist.models import Delivery, LoveOrder
from charity.lovelist.schemas import DeliveryRead, OrderCreate, OrderRead
from charity.organizations import service as organization_service
from charity.records import service as record_service
from jiuzhu_kit import regions
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput, NotFound

CENT = Decimal("0.01")
# Five wrong codes lock an order's confirmation until a new code is issued: a runner at the door
# mistypes once or twice, not five times, and 10^6 codes cannot be guessed five at a time.
WRONG_CODES_BEFORE_LOCK = 5

logger = logging.getLogger(__name__)


async def _household_for_buyer(
    session: AsyncSession, household_id: uuid.UUID, principal: Principal
) -> HouseholdProfile:
    profile = await household_repository.get(session, household_id)
    if profile is not None:
        if principal.has_any("applicant") and profile.applicant_subject == principal.subject:
            return profile
        if principal.has_any("caseworker", "admin") and principal.sees_region(profile.region_code):
            return profile
    raise NotFound(f"Household {household_id} not found")


async def place(
    session: AsyncSession, *, data: OrderCreate, principal: Principal, now: datetime
) -> LoveOrder:
    profile = await _household_for_buyer(session, data.household_id, principal)
    product = await catalog.get_product(session, product_id=data.product_id)
    if product.status != "active":
        raise TransitionNotAllowed(f"{product.name} is no longer on the love list")
    if not any(regions.within(profile.region_code, r) for r in product.regions_served):
        raise InvalidInput(
            f"{product.name} is not offered in the household's area",
            errors=[{"field": "product_id", "message": "not offered in the household's region"}],
        )
    qualifies = household_service.tags(profile) & set(product.eligibility)
    if not qualifies:
        raise Forbidden(
            f"{product.name} is for {', '.join(product.eligibility)}; the household's status "
            f"(circle {profile.circle}, group {profile.group}) qualifies for none of these",
            errors=[{"field": "household_id", "message": "not eligible for this product"}],
        )
    period = period_key(now, "month")
    already = await repository.ordered_this_period(
        session, household_id=profile.household_id, product_id=product.id, period=period
    )
    if already + data.quantity > product.quota_per_household:
        raise QuotaExceeded(
            f"Quota for {product.name} is {product.quota_per_household} {product.unit} per household "
            f"per month; {already} already ordered in {period}, {data.quantity} more asked",
            errors=[{"field": "quantity", "message": "over the household's monthly quota"}],
        )
    campaign = None
    if data.campaign_id is not None:
        campaign = await catalog.get_campaign(session, campaign_id=data.campaign_id)
        if campaign.status != "open" or now >= campaign.closes_at:
            raise TransitionNotAllowed(f"Group-buy {campaign.title} is closed")
        if not regions.within(profile.region_code, campaign.town_code):
            raise InvalidInput(
                "The household is not in the campaign's town",
                errors=[{"field": "campaign_id", "message": "another town's group-buy"}],
            )
    if not await repository.reserve(session, product.id, data.quantity):
        await session.refresh(product)
        raise InsufficientStock(
            f"{product.name}: {data.quantity} {product.unit} asked, "
            f"{product.stock_on_hand - product.stock_reserved} in stock",
            errors=[{"field": "quantity", "message": "beyond the stock available"}],
        )
    order = LoveOrder(
        household_id=profile.household_id,
        product_id=product.id,
        supplier_organization_id=product.supplier_organization_id,
        campaign_id=campaign.id if campaign else None,
        quantity=data.quantity,
        unit_price_yuan=product.list_price_yuan,
        amount_yuan=(product.list_price_yuan * data.quantity).quantize(CENT),
        period=period,
        confirmation_code=_new_code(),
        placed_by=principal.subject,
        created_at=now,
        updated_at=now,
    )
    session.add(order)
    await session.flush()
    session.add(
        Delivery(
            order_id=order.id,
            region_code=profile.region_code,
            station_name=campaign.station_name if campaign else None,
        )
    )
    await session.flush()
    return order


async def _visible_order(
    session: AsyncSession, order_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> LoveOrder:
    order = await repository.get_order(session, order_id, lock=lock)
    if order is not None:
        if (
            acts_for(principal, order.supplier_organization_id)
            or order.placed_by == principal.subject
        ):
            return order
        profile = await household_repository.get(session, order.household_id)
        assert profile is not None
        if principal.has_any("applicant") and profile.applicant_subject == principal.subject:
            return order
        if is_staff(principal) and principal.sees_region(profile.region_code):
            return order
    raise NotFound(f"Order {order_id} not found")


async def get(session: AsyncSession, *, order_id: uuid.UUID, principal: Principal) -> LoveOrder:
    return await _visible_order(session, order_id, principal)


async def of_household(
    session: AsyncSession, *, household_id: uuid.UUID, principal: Principal
) -> list[LoveOrder]:
    profile = await _household_for_buyer(session, household_id, principal)
    return await repository.orders_of_household(session, profile.household_id)


async def cancel(
    session: AsyncSession, *, order_id: uuid.UUID, principal: Principal, now: datetime
) -> LoveOrder:
    order = await _visible_order(session, order_id, principal, lock=True)
    if acts_for(principal, order.supplier_organization_id) and order.placed_by != principal.subject:
        raise Forbidden("The buyer or the caseworker cancels an order, not the supplier")
    if order.status != "placed":
        raise TransitionNotAllowed(f"An order that is {order.status!r} can no longer be cancelled")
    await repository.release(session, order.product_id, order.quantity)
    order.status, order.updated_at = "cancelled", now
    session.add(order)
    await session.flush()
    return order


async def to_read(
    session: AsyncSession, order: LoveOrder, principal: Principal, *, reveal_code: bool = False
) -> OrderRead:
    """The order as `principal` may see it: the code goes to the buyer, or to whoever re-issued it
    (`reveal_code`), who passes it on to the recipient."""
    product = await catalog.get_product(session, product_id=order.product_id)
    delivery = await repository.delivery_of(session, order.id)
    assert delivery is not None
    profile = await household_repository.get(session, order.household_id)
    buyer = (
        reveal_code
        or order.placed_by == principal.subject
        or (profile is not None and profile.applicant_subject == principal.subject)
    )
    return OrderRead(
        id=order.id,
        household_id=order.household_id,
        product_id=order.product_id,
        product_name=product.name,
        campaign_id=order.campaign_id,
        quantity=order.quantity,
        unit_price_yuan=order.unit_price_yuan,
        amount_yuan=order.amount_yuan,
        status=order.status,
        confirmation_code=order.confirmation_code if buyer else None,
        confirmation_locked_at=order.confirmation_locked_at,
        delivery=delivery_read(delivery),
        created_at=order.created_at,
    )


def delivery_read(delivery: Delivery) -> DeliveryRead:
    return DeliveryRead.model_validate(delivery, from_attributes=True)


# --- deliveries: supermarket → station → door ------------------------------------------------------


async def _delivery_and_order(
    session: AsyncSession, delivery_id: uuid.UUID
) -> tuple[Delivery, LoveOrder]:
    delivery = await repository.get_delivery(session, delivery_id)
    if delivery is None:
        raise NotFound(f"Delivery {delivery_id} not found")
    order = await repository.get_order(session, delivery.order_id, lock=True)
    assert order is not None
    return delivery, order


def _stage(delivery: Delivery, expected: str, action: str) -> None:
    if delivery.stage != expected:
        raise TransitionNotAllowed(
            f"A delivery that is {delivery.stage!r} cannot be {action}; it must be {expected!r}"
        )


async def arrive_at_station(
    session: AsyncSession, *, delivery_id: uuid.UUID, principal: Principal, now: datetime
) -> Delivery:
    """The supermarket hands the goods over at the station: stock leaves its shelves."""
    delivery, order = await _delivery_and_order(session, delivery_id)
    if not (acts_for(principal, order.supplier_organization_id) or principal.has_any("admin")):
        raise NotFound(f"Delivery {delivery_id} not found")
    _stage(delivery, "at_supermarket", "taken to the station")
    if order.campaign_id is not None and order.status != "consolidated":
        raise TransitionNotAllowed("The group-buy has not closed yet: goods ship once consolidated")
    await repository.issue(session, order.product_id, order.quantity)
    if delivery.station_name is None:
        delivery.station_name = "supplier's pickup point"
    delivery.stage, delivery.at_station_at = "at_station", now
    order.status, order.updated_at = "at_station", now
    session.add_all([delivery, order])
    await session.flush()
    return delivery


async def assign_runner(
    session: AsyncSession,
    *,
    delivery_id: uuid.UUID,
    runner_person_id: uuid.UUID,
    principal: Principal,
    now: datetime,
) -> Delivery:
    delivery, order = await _delivery_and_order(session, delivery_id)
    runner = await organization_service.get_person(session, person_id=runner_person_id)
    local_staff = principal.has_any("caseworker", "admin") and principal.sees_region(
        delivery.region_code
    )
    if not (local_staff or acts_for(principal, runner.organization_id)):
        raise NotFound(f"Delivery {delivery_id} not found")
    if runner.role != "errand_runner" or not runner.active:
        raise InvalidInput(
            "Deliveries to the door are made by errand runners",
            errors=[{"field": "runner_person_id", "message": f"this person is a {runner.role}"}],
        )
    _stage(delivery, "at_station", "assigned to a runner")
    delivery.runner_person_id, delivery.runner_organization_id = runner.id, runner.organization_id
    delivery.stage, delivery.assigned_at = "out_for_delivery", now
    order.status, order.updated_at = "out_for_delivery", now
    session.add_all([delivery, order])
    await session.flush()
    return delivery


async def confirm(
    session: AsyncSession,
    *,
    delivery_id: uuid.UUID,
    code: str,
    principal: Principal,
    now: datetime,
) -> Delivery:
    """The runner enters the recipient's code at the door; a wrong code is counted, nothing else.

    The order is read without a row lock: a wrong code is counted in a transaction of its own
    (`repository.count_wrong_code`), which a lock held here would block. The right code delivers
    through one guarded UPDATE that also refuses a locked confirmation, so a lock taken by a
    concurrent wrong code in the meantime still holds.
    """
    delivery = await repository.get_delivery(session, delivery_id)
    if delivery is None:
        raise NotFound(f"Delivery {delivery_id} not found")
    if not (acts_for(principal, delivery.runner_organization_id) or principal.has_any("admin")):
        raise NotFound(f"Delivery {delivery_id} not found")
    _stage(delivery, "out_for_delivery", "confirmed")
    order = await repository.get_order(session, delivery.order_id)
    assert order is not None
    if order.confirmation_failures >= WRONG_CODES_BEFORE_LOCK:
        raise _locked(order.id)
    if not secrets.compare_digest(code, order.confirmation_code):
        await _wrong_code(session, order.id, now)
    if not await repository.mark_delivered(
        session, order.id, limit=WRONG_CODES_BEFORE_LOCK, now=now
    ):
        await session.refresh(order)
        if order.confirmation_failures >= WRONG_CODES_BEFORE_LOCK:
            raise _locked(order.id)
        raise TransitionNotAllowed(f"An order that is {order.status!r} cannot be confirmed")
    delivery.stage, delivery.delivered_at = "delivered", now
    order.status, order.updated_at = "delivered", now
    session.add_all([delivery, order])
    product = await catalog.get_product(session, product_id=order.product_id)
    record_service.add(
        session,
        organization_id=delivery.runner_organization_id or order.supplier_organization_id,
        resource_id=None,
        project=f"爱心清单 · {product.name}",
        service_type="love_list_delivery",
        channel="love_list",
        region_code=delivery.region_code,
        person_times=1,
        served_on=local_date(now),
        recorded_by=principal.subject,
        household_id=order.household_id,
        details={"order_id": str(order.id)},
    )
    await session.flush()
    return delivery


async def _wrong_code(session: AsyncSession, order_id: uuid.UUID, now: datetime) -> NoReturn:
    # The request fails whatever happens now and has written nothing: give its connection back
    # before the count takes one, so a burst of wrong codes never needs two connections a request
    # (which could drain the pool, every request waiting for a second connection).
    await session.rollback()
    failures = await repository.count_wrong_code(
        session, order_id, limit=WRONG_CODES_BEFORE_LOCK, now=now
    )
    if failures is None:
        raise _locked(order_id)
    left = WRONG_CODES_BEFORE_LOCK - failures
    if left == 0:
        logger.warning("order %s: confirmation locked after %d wrong codes", order_id, failures)
    raise ConfirmationCodeMismatch(
        "The confirmation code does not match the recipient's; ask them to read it again"
        if left
        else "The confirmation code does not match the recipient's, and that was the last attempt: "
        "the confirmation is now locked until the buyer or their caseworker re-issues a code",
        errors=[{"field": "confirmation_code", "message": "does not match"}],
        attempts_remaining=left,
    )


def _locked(order_id: uuid.UUID) -> ConfirmationLocked:
    return ConfirmationLocked(
        f"{WRONG_CODES_BEFORE_LOCK} wrong confirmation codes were entered for order {order_id}, so "
        "the delivery cannot be confirmed with its code any more: the buyer or the household's "
        f"caseworker re-issues a code (POST /v1/orders/{order_id}/confirmation-code) and gives "
        "the new one to the recipient",
        attempts_remaining=0,
    )


async def reissue_code(
    session: AsyncSession, *, order_id: uuid.UUID, principal: Principal, now: datetime
) -> LoveOrder:
    """A new confirmation code, the old one void and the wrong-code count back to zero.

    Only the buyer's side re-issues (the buyer, the household's applicant, local staff): never the
    runner who entered the wrong codes, nor the supplier.
    """
    order = await _visible_order(session, order_id, principal, lock=True)
    profile = await household_repository.get(session, order.household_id)
    assert profile is not None
    buyer_side = (
        order.placed_by == principal.subject
        or profile.applicant_subject == principal.subject
        or (principal.has_any("caseworker", "admin") and principal.sees_region(profile.region_code))
    )
    if not buyer_side:
        raise Forbidden("The buyer or the household's caseworker re-issues a confirmation code")
    if order.status in ("delivered", "cancelled"):
        raise TransitionNotAllowed(f"An order that is {order.status!r} needs no confirmation code")
    order.confirmation_code = _new_code(avoid=order.confirmation_code)
    order.confirmation_failures, order.confirmation_locked_at = 0, None
    order.updated_at = now
    session.add(order)
    await session.flush()
    return order


def _new_code(avoid: str | None = None) -> str:
    while True:
        code = f"{secrets.randbelow(1_000_000):06d}"
        if code != avoid:
            return code


async def list_deliveries(
    session: AsyncSession,
    *,
    principal: Principal,
    campaign_id: uuid.UUID | None,
    limit: int,
) -> list[Delivery]:
    if is_staff(principal):
        return await repository.deliveries(
            session,
            campaign_id=campaign_id,
            runner_organization_id=None,
            supplier_organization_id=None,
            region_prefix=principal.region_scope or None,
            limit=limit,
        )
    organization_id = partner_organization(principal)
    if organization_id is not None:
        organization = await organization_service.get(session, organization_id=organization_id)
        by_runner = organization.kind != "supermarket"
        return await repository.deliveries(
            session,
            campaign_id=campaign_id,
            runner_organization_id=organization.id if by_runner else None,
            supplier_organization_id=None if by_runner else organization.id,
            region_prefix=None,
            limit=limit,
        )
    raise Forbidden("Deliveries are listed for staff, suppliers and errand-runner teams")
