"""Every query on refresh tokens."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.tokens.models import RefreshToken


async def by_digest(session: AsyncSession, digest: str) -> RefreshToken | None:
    result = await session.execute(select(RefreshToken).where(RefreshToken.token_digest == digest))
    return result.scalar_one_or_none()


async def revoke_all_of(session: AsyncSession, identity_id: uuid.UUID, at: datetime) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.identity_id == identity_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=at)
    )
