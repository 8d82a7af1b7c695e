"""Every query on service records."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select

from charity.records.models import ServiceRecord

GROUP_COLUMNS: dict[str, Any] = {
    "project": ServiceRecord.project,
    "resource": ServiceRecord.resource_id,
    "region": ServiceRecord.region_code,
    "period": ServiceRecord.period,
    "service_type": ServiceRecord.service_type,
}


def _filtered(
    query: Select[Any],
    *,
    organization_id: uuid.UUID | None,
    region_prefix: str | None,
    date_from: date | None,
    date_to: date | None,
) -> Select[Any]:
    if organization_id is not None:
        query = query.where(ServiceRecord.organization_id == organization_id)
    if region_prefix:
        query = query.where(ServiceRecord.region_code.startswith(region_prefix))
    if date_from is not None:
        query = query.where(ServiceRecord.served_on >= date_from)
    if date_to is not None:
        query = query.where(ServiceRecord.served_on <= date_to)
    return query


async def page(
    session: AsyncSession, *, limit: int, offset: int | None, **filters: Any
) -> tuple[list[ServiceRecord], int]:
    query = _filtered(select(ServiceRecord), **filters)
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    query = query.order_by(ServiceRecord.served_on, ServiceRecord.created_at, ServiceRecord.id)
    rows = await session.execute(query.limit(limit).offset(offset or 0))
    return list(rows.scalars()), int(total)


async def stream(
    session: AsyncSession, *, columns: Sequence[str], batch_size: int, **filters: Any
) -> AsyncIterator[Sequence[Row[Any]]]:
    """Every record in scope, in the list's order, `batch_size` rows at a time.

    One query over a server-side cursor (`yield_per`): one consistent snapshot, and only one batch
    is ever in memory, however large the export.
    """
    query = _filtered(select(*(getattr(ServiceRecord, c) for c in columns)), **filters)
    query = query.order_by(ServiceRecord.served_on, ServiceRecord.created_at, ServiceRecord.id)
    result = await session.stream(query.execution_options(yield_per=batch_size))
    async for batch in result.partitions():
        yield batch


async def summary(session: AsyncSession, *, by: str, **filters: Any) -> list[tuple[str, int, int]]:
    column = GROUP_COLUMNS[by]
    query = _filtered(
        select(column, func.sum(ServiceRecord.person_times), func.count(ServiceRecord.id)),
        **filters,
    ).group_by(column)
    rows = await session.execute(query.order_by(column))
    return [(str(key), int(times or 0), int(n)) for key, times, n in rows.all()]
