"""`/v1/love-list`: discounted products and town group-buy campaigns (爱心清单, 团购)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from charity.access import DirectoryReader, Manager
from charity.clock import ClockDep
from charity.lovelist import catalog
from charity.lovelist.schemas import (
    CampaignCreate,
    CampaignRead,
    ProductCreate,
    ProductRead,
    StockIn,
)
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/love-list", tags=["love list"])


@router.post(
    "/products", status_code=201, response_model=ProductRead, summary="List a product (3–50 元 off)"
)
async def create_product(
    data: ProductCreate, session: SessionDep, principal: Manager
) -> ProductRead:
    product = await catalog.create_product(session, data=data, principal=principal)
    return catalog.product_read(product)


@router.get("/products", response_model=list[ProductRead], summary="The love list")
async def list_products(session: SessionDep, principal: DirectoryReader) -> list[ProductRead]:
    return [catalog.product_read(p) for p in await catalog.list_products(session)]


@router.get("/products/{product_id}", response_model=ProductRead, summary="Read a product")
async def get_product(
    product_id: uuid.UUID, session: SessionDep, principal: DirectoryReader
) -> ProductRead:
    return catalog.product_read(await catalog.get_product(session, product_id=product_id))


@router.post(
    "/products/{product_id}/stock", response_model=ProductRead, summary="Add stock to a product"
)
async def add_stock(
    product_id: uuid.UUID, data: StockIn, session: SessionDep, principal: Manager
) -> ProductRead:
    product = await catalog.add_stock(
        session, product_id=product_id, data=data, principal=principal
    )
    return catalog.product_read(product)


@router.post(
    "/campaigns", status_code=201, response_model=CampaignRead, summary="Open a town group-buy"
)
async def create_campaign(
    data: CampaignCreate, session: SessionDep, principal: Manager, clock: ClockDep
) -> CampaignRead:
    campaign = await catalog.create_campaign(session, data=data, principal=principal, now=clock())
    return await catalog.campaign_read(session, campaign)


@router.get("/campaigns/{campaign_id}", response_model=CampaignRead, summary="Read a group-buy")
async def get_campaign(
    campaign_id: uuid.UUID, session: SessionDep, principal: DirectoryReader
) -> CampaignRead:
    campaign = await catalog.get_campaign(session, campaign_id=campaign_id)
    return await catalog.campaign_read(session, campaign)


@router.post(
    "/campaigns/{campaign_id}/close",
    response_model=CampaignRead,
    summary="Close a group-buy: one consolidated order per supplier",
)
async def close_campaign(
    campaign_id: uuid.UUID, session: SessionDep, principal: Manager, clock: ClockDep
) -> CampaignRead:
    campaign = await catalog.close_campaign(
        session, campaign_id=campaign_id, principal=principal, now=clock()
    )
    return await catalog.campaign_read(session, campaign)
