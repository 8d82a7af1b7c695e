"""Every query on the audit log: append and read, nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.audit.models import AuditEntry
from gateway.audit.schemas import AuditQuery


def append(session: AsyncSession, entry: AuditEntry) -> None:
    session.add(entry)


async def page(session: AsyncSession, *, query: AuditQuery) -> tuple[Sequence[AuditEntry], int]:
    conditions: list[Any] = []
    if query.subject:
        conditions.append(AuditEntry.subject == query.subject)
    if query.path_prefix:
        conditions.append(AuditEntry.path.startswith(query.path_prefix, autoescape=True))
    if query.request_id:
        conditions.append(AuditEntry.request_id == query.request_id)
    if query.since:
        conditions.append(AuditEntry.occurred_at >= query.since)
    if query.until:
        conditions.append(AuditEntry.occurred_at < query.until)
    total = await session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions))
    result = await session.execute(
        select(AuditEntry)
        .where(*conditions)
        .order_by(AuditEntry.occurred_at.desc(), AuditEntry.id)
        .limit(query.limit)
        .offset(query.offset)
    )
    return result.scalars().all(), int(total or 0)
