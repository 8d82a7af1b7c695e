"""Every query on referrals, occurrences and transitions."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from charity.referrals.models import Referral, ReferralOccurrence, ReferralTransition

ACTIVE = ("proposed", "sent", "accepted", "in_service")
COMPLETED = ("delivered", "confirmed")


async def get(session: AsyncSession, referral_id: uuid.UUID) -> Referral | None:
    return await session.get(Referral, referral_id)


async def get_for_update(session: AsyncSession, referral_id: uuid.UUID) -> Referral | None:
    """The referral, locked on PostgreSQL so two transitions of it never interleave."""
    query = select(Referral).where(Referral.id == referral_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return (await session.execute(query)).scalars().first()


async def occurrences(session: AsyncSession, referral_id: uuid.UUID) -> list[ReferralOccurrence]:
    rows = await session.execute(
        select(ReferralOccurrence)
        .where(ReferralOccurrence.referral_id == referral_id)
        .order_by(ReferralOccurrence.seq)
    )
    return list(rows.scalars())


async def timeline(session: AsyncSession, referral_id: uuid.UUID) -> list[ReferralTransition]:
    rows = await session.execute(
        select(ReferralTransition)
        .where(ReferralTransition.referral_id == referral_id)
        .order_by(ReferralTransition.at, ReferralTransition.id)
    )
    return list(rows.scalars())


async def kinds_this_period(
    session: AsyncSession, *, household_id: uuid.UUID, period: str
) -> list[tuple[str, uuid.UUID]]:
    """(benefit kind, organization) the household gets this period: pending or ongoing referrals,
    and those delivered in the period."""
    rows = await session.execute(
        select(Referral.benefit_kind, Referral.to_organization_id).where(
            Referral.household_id == household_id,
            or_(
                Referral.status.in_(ACTIVE),
                and_(Referral.status.in_(COMPLETED), Referral.guard_period == period),
            ),
        )
    )
    return [(kind, org) for kind, org in rows.all()]


async def overdue(session: AsyncSession, now: datetime, limit: int = 500) -> list[uuid.UUID]:
    rows = await session.execute(
        select(Referral.id)
        .where(Referral.status == "sent", Referral.respond_by <= now)
        .order_by(Referral.respond_by)
        .limit(limit)
    )
    return list(rows.scalars())


async def page(
    session: AsyncSession,
    *,
    organization_id: uuid.UUID | None,
    region_prefixes: Sequence[str] | None,
    household_id: uuid.UUID | None,
    status: str | None,
    limit: int,
    offset: int,
) -> tuple[list[Referral], int]:
    query = select(Referral)
    if organization_id is not None:
        query = query.where(
            or_(
                Referral.to_organization_id == organization_id,
                Referral.referred_by_organization_id == organization_id,
            )
        )
    if region_prefixes is not None:
        query = query.where(or_(*(Referral.region_code.startswith(p) for p in region_prefixes)))
    if household_id is not None:
        query = query.where(Referral.household_id == household_id)
    if status is not None:
        query = query.where(Referral.status == status)
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = await session.execute(
        query.order_by(Referral.created_at.desc(), Referral.id).limit(limit).offset(offset)
    )
    return list(rows.scalars()), int(total)
