"""Every query on idempotency records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from intake.idempotency.models import IdempotencyRecord


async def find(session: AsyncSession, caller: str, key: str) -> IdempotencyRecord | None:
    rows = await session.execute(
        select(IdempotencyRecord).where(
            IdempotencyRecord.caller == caller, IdempotencyRecord.key == key
        )
    )
    return rows.scalars().first()


async def forget(session: AsyncSession, record_id: object) -> None:
    await session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.id == record_id))


async def purge_before(session: AsyncSession, cutoff: datetime) -> None:
    await session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff))


async def store_answer(
    session: AsyncSession,
    record_id: object,
    *,
    status_code: int,
    content_type: str | None,
    body: str,
) -> None:
    await session.execute(
        update(IdempotencyRecord)
        .where(IdempotencyRecord.id == record_id)
        .values(done=True, status_code=status_code, content_type=content_type, response_body=body)
    )
