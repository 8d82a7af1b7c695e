"""Love-list rules for products (3–50 元 below market) and town group-buy campaigns."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from charity.access import acts_for
from charity.errors import TransitionNotAllowed
from charity.lovelist import repository
from charity.lovelist.models import GroupBuyCampaign, LoveListProduct, SupplierOrder
from charity.lovelist.schemas import (
    CampaignCreate,
    CampaignRead,
    ProductCreate,
    ProductRead,
    StockIn,
    SupplierOrderRead,
)
from charity.organizations import service as organization_service
from charity.validation import FieldErrors, check_region, raise_if, region_name
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput, NotFound

MIN_DISCOUNT_YUAN = Decimal("3.00")
MAX_DISCOUNT_YUAN = Decimal("50.00")
CENT = Decimal("0.01")


async def create_product(
    session: AsyncSession, *, data: ProductCreate, principal: Principal
) -> LoveListProduct:
    supplier = await organization_service.get_managed(
        session, organization_id=data.supplier_organization_id, principal=principal
    )
    errors: FieldErrors = []
    market = data.market_price_yuan.quantize(CENT)
    listed = data.list_price_yuan.quantize(CENT)
    discount = market - listed
    if not MIN_DISCOUNT_YUAN <= discount <= MAX_DISCOUNT_YUAN:
        errors.append(
            {
                "field": "list_price_yuan",
                "message": f"must be 3–50 元 below the market price {market}: "
                f"allowed {max(market - MAX_DISCOUNT_YUAN, Decimal('0.00'))}–"
                f"{market - MIN_DISCOUNT_YUAN}, got {listed} ({discount} below)",
            }
        )
    if supplier.kind not in ("supermarket", "enterprise"):
        errors.append(
            {
                "field": "supplier_organization_id",
                "message": f"love-list products come from supermarkets or enterprises, not a {supplier.kind}",
            }
        )
    served = [
        check_region(code, f"regions_served.{i}", errors)
        for i, code in enumerate(data.regions_served)
    ]
    raise_if(errors, "love-list product")
    product = LoveListProduct(
        supplier_organization_id=supplier.id,
        name=data.name,
        unit=data.unit,
        market_price_yuan=market,
        list_price_yuan=listed,
        eligibility=list(data.eligibility),
        quota_per_household=data.quota_per_household,
        regions_served=[c for c in served if c is not None] or list(supplier.regions_served),
        stock_on_hand=data.initial_stock,
    )
    session.add(product)
    await session.flush()
    return product


async def get_product(session: AsyncSession, *, product_id: uuid.UUID) -> LoveListProduct:
    product = await repository.get_product(session, product_id)
    if product is None:
        raise NotFound(f"Love-list product {product_id} not found")
    return product


async def add_stock(
    session: AsyncSession, *, product_id: uuid.UUID, data: StockIn, principal: Principal
) -> LoveListProduct:
    product = await get_product(session, product_id=product_id)
    await organization_service.get_managed(
        session, organization_id=product.supplier_organization_id, principal=principal
    )
    await repository.add_stock(session, product.id, data.quantity)
    await session.refresh(product)
    return product


async def list_products(session: AsyncSession) -> list[LoveListProduct]:
    return await repository.products(session)


def product_read(product: LoveListProduct) -> ProductRead:
    return ProductRead(
        **product.model_dump(exclude={"created_at"}),
        discount_yuan=product.market_price_yuan - product.list_price_yuan,
        available=product.stock_on_hand - product.stock_reserved,
    )


async def create_campaign(
    session: AsyncSession, *, data: CampaignCreate, principal: Principal, now: datetime
) -> GroupBuyCampaign:
    errors: FieldErrors = []
    town = check_region(data.town_code, "town_code", errors)
    if data.closes_at.tzinfo is None or data.closes_at <= now:
        errors.append({"field": "closes_at", "message": "must be a future time with a timezone"})
    raise_if(errors, "campaign")
    assert town is not None
    leader = await organization_service.get_person(session, person_id=data.leader_person_id)
    if leader.role != "group_buy_leader":
        raise InvalidInput(
            "The campaign leader must be a group-buy leader",
            errors=[{"field": "leader_person_id", "message": f"this person is a {leader.role}"}],
        )
    if not (
        acts_for(principal, leader.organization_id)
        or (principal.has_any("caseworker", "admin") and principal.sees_region(town))
    ):
        raise Forbidden(
            "A campaign is opened by the leader's organization or the town's caseworker"
        )
    campaign = GroupBuyCampaign(
        town_code=town,
        title=data.title,
        leader_person_id=leader.id,
        station_name=data.station_name,
        opens_at=now,
        closes_at=data.closes_at,
        created_by=principal.subject,
    )
    session.add(campaign)
    await session.flush()
    return campaign


async def get_campaign(session: AsyncSession, *, campaign_id: uuid.UUID) -> GroupBuyCampaign:
    campaign = await repository.get_campaign(session, campaign_id)
    if campaign is None:
        raise NotFound(f"Campaign {campaign_id} not found")
    return campaign


async def close_campaign(
    session: AsyncSession, *, campaign_id: uuid.UUID, principal: Principal, now: datetime
) -> GroupBuyCampaign:
    """Close the group-buy: one consolidated order per supplier, every order marked consolidated."""
    campaign = await repository.get_campaign(session, campaign_id, lock=True)
    if campaign is None:
        raise NotFound(f"Campaign {campaign_id} not found")
    leader = await organization_service.get_person(session, person_id=campaign.leader_person_id)
    if not (
        acts_for(principal, leader.organization_id)
        or (principal.has_any("caseworker", "admin") and principal.sees_region(campaign.town_code))
    ):
        raise Forbidden("Only the leader's organization or the town's caseworker closes a campaign")
    if campaign.status != "open":
        raise TransitionNotAllowed(f"Campaign {campaign_id} is already {campaign.status}")
    lines: dict[uuid.UUID, dict[uuid.UUID, dict[str, Any]]] = defaultdict(dict)
    for order in await repository.orders_of_campaign(session, campaign.id):
        product = await get_product(session, product_id=order.product_id)
        line = lines[order.supplier_organization_id].setdefault(
            product.id,
            {
                "product_id": str(product.id),
                "name": product.name,
                "unit": product.unit,
                "unit_price_yuan": str(product.list_price_yuan),
                "quantity": 0,
                "orders": 0,
            },
        )
        line["quantity"] += order.quantity
        line["orders"] += 1
        order.status, order.updated_at = "consolidated", now
        session.add(order)
    for supplier_id, by_product in lines.items():
        items = list(by_product.values())
        for item in items:
            item["amount_yuan"] = str(
                (Decimal(item["unit_price_yuan"]) * item["quantity"]).quantize(CENT)
            )
        session.add(
            SupplierOrder(
                campaign_id=campaign.id,
                supplier_organization_id=supplier_id,
                lines=items,
                total_yuan=sum((Decimal(i["amount_yuan"]) for i in items), Decimal("0.00")),
            )
        )
    campaign.status, campaign.closed_at = "closed", now
    session.add(campaign)
    await session.flush()
    return campaign


async def campaign_read(session: AsyncSession, campaign: GroupBuyCampaign) -> CampaignRead:
    orders = await repository.orders_of_campaign(session, campaign.id)
    suppliers = await repository.supplier_orders(session, campaign.id)
    return CampaignRead(
        id=campaign.id,
        town_code=campaign.town_code,
        town_name=region_name(campaign.town_code),
        title=campaign.title,
        leader_person_id=campaign.leader_person_id,
        station_name=campaign.station_name,
        opens_at=campaign.opens_at,
        closes_at=campaign.closes_at,
        status=campaign.status,
        order_count=len(orders),
        supplier_orders=[
            SupplierOrderRead.model_validate(s, from_attributes=True) for s in suppliers
        ],
    )
