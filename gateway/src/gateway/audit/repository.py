"""Every query on the audit log: append and read, nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.audit.models import AuditEntry


def append(session: AsyncSession, entry: AuditEntry) -> None:
    session.add(entry)


async def page(
    session: AsyncSession,
    *,
    subject: str | None,
    path_prefix: str | None,
    request_id: str | None,
    since: datetime | None,
    until: datetime | None,
    limit: int,
    offset: int,
) -> tuple[Sequence[AuditEntry], int]:
    conditions: list[Any] = []
    if subject:
        conditions.append(AuditEntry.subject == subject)
    if path_prefix:
        conditions.append(AuditEntry.path.startswith(path_prefix, autoescape=True))
    if request_id:
        conditions.append(AuditEntry.request_id == request_id)
    if since:
        conditions.append(AuditEntry.occurred_at >= since)
    if until:
        conditions.append(AuditEntry.occurred_at < until)
    total = await session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions))
    result = await session.execute(
        select(AuditEntry)
        .where(*conditions)
        .order_by(AuditEntry.occurred_at.desc(), AuditEntry.id)
        .limit(limit)
        .offset(offset)
    )
    return result.scalars().all(), int(total or 0)
