"""Every query on identities."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.identities.models import Identity


async def get(session: AsyncSession, identity_id: uuid.UUID) -> Identity | None:
    return await session.get(Identity, identity_id)


async def by_username(session: AsyncSession, username: str) -> Identity | None:
    result = await session.execute(select(Identity).where(Identity.username == username))
    return result.scalar_one_or_none()


async def by_external_subject(session: AsyncSession, external_subject: str) -> Identity | None:
    result = await session.execute(
        select(Identity).where(Identity.external_subject == external_subject)
    )
    return result.scalar_one_or_none()


async def page(session: AsyncSession, *, limit: int, offset: int) -> Sequence[Identity]:
    result = await session.execute(
        select(Identity)
        .order_by(Identity.created_at, Identity.username)
        .limit(limit)
        .offset(offset)
    )
    return result.scalars().all()
