"""Which referrals a caller may list: staff by region, a charity partner by its organization."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from charity.access import is_staff, partner_organization
from charity.referrals import repository
from charity.referrals.models import Referral
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden


async def list_visible(
    session: AsyncSession,
    *,
    principal: Principal,
    household_id: uuid.UUID | None,
    status: str | None,
    limit: int,
    offset: int,
) -> tuple[list[Referral], int]:
    if is_staff(principal):
        prefixes = [principal.region_scope] if principal.region_scope else None
        return await repository.page(
            session,
            organization_id=None,
            region_prefixes=prefixes,
            household_id=household_id,
            status=status,
            limit=limit,
            offset=offset,
        )
    organization_id = partner_organization(principal)
    if organization_id is not None:
        return await repository.page(
            session,
            organization_id=organization_id,
            region_prefixes=None,
            household_id=household_id,
            status=status,
            limit=limit,
            offset=offset,
        )
    raise Forbidden("Listing referrals is for staff and charity partners")
