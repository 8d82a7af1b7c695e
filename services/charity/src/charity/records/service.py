"""Service-record rules: partners record for their own organization; staff read their region."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import AsyncIterator, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from charity.access import acts_for, is_staff
from charity.clock import local_date, period_key
from charity.organizations import service as organization_service
from charity.records import repository
from charity.records.models import ServiceRecord
from charity.records.schemas import (
    HotlineCallCreate,
    ServiceRecordCreate,
    ServiceRecordRead,
    Summary,
    SummaryRow,
)
from charity.resources import service as resource_service
from charity.validation import FieldErrors, check_region, raise_if
from jiuzhu_kit import pii
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput

EXPORT_COLUMNS = (
    "id",
    "organization_id",
    "resource_id",
    "project",
    "service_type",
    "channel",
    "region_code",
    "person_times",
    "served_on",
    "period",
)
EXPORT_BATCH_ROWS = 1000  # rows read and written per chunk of the streamed CSV


def add(
    session: AsyncSession,
    *,
    organization_id: uuid.UUID,
    resource_id: uuid.UUID | None,
    project: str,
    service_type: str,
    channel: str,
    region_code: str,
    person_times: int,
    served_on: date,
    recorded_by: str,
    household_id: uuid.UUID | None = None,
    referral_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> ServiceRecord:
    record = ServiceRecord(
        organization_id=organization_id,
        resource_id=resource_id,
        project=project,
        service_type=service_type,
        channel=channel,
        region_code=region_code,
        person_times=person_times,
        served_on=served_on,
        period=period_key(served_on, "month"),
        household_id=household_id,
        referral_id=referral_id,
        details=details or {},
        recorded_by=recorded_by,
    )
    session.add(record)
    return record


async def create(
    session: AsyncSession, *, data: ServiceRecordCreate, principal: Principal, now: datetime
) -> ServiceRecord:
    organization = await organization_service.get_managed(
        session, organization_id=data.organization_id, principal=principal
    )
    errors: FieldErrors = []
    code = check_region(data.region_code, "region_code", errors)
    if data.served_on > local_date(now):
        errors.append({"field": "served_on", "message": "a service cannot be recorded ahead"})
    project = organization.name
    if data.resource_id is not None:
        resource = await resource_service.get(session, resource_id=data.resource_id)
        if resource.organization_id != organization.id:
            errors.append(
                {"field": "resource_id", "message": "the resource belongs to another organization"}
            )
        project = resource.name
    raise_if(errors, "service record")
    assert code is not None
    record = add(
        session,
        organization_id=organization.id,
        resource_id=data.resource_id,
        project=project,
        service_type=data.service_type,
        channel="walk_in",
        region_code=code,
        person_times=data.person_times,
        served_on=data.served_on,
        recorded_by=principal.subject,
        details={"note": data.note} if data.note else {},
    )
    await session.flush()
    return record


async def record_hotline_call(
    session: AsyncSession, *, data: HotlineCallCreate, principal: Principal, now: datetime
) -> ServiceRecord:
    resource = await resource_service.get_managed(
        session, resource_id=data.resource_id, principal=principal
    )
    errors: FieldErrors = []
    if resource.kind != "hotline":
        errors.append({"field": "resource_id", "message": f"{resource.name} is not a hotline"})
    code = check_region(data.region_code, "region_code", errors)
    if data.received_at.tzinfo is None:
        errors.append({"field": "received_at", "message": "give a timezone (e.g. +08:00)"})
    elif data.received_at > now:
        errors.append({"field": "received_at", "message": "the call is in the future"})
    raise_if(errors, "hotline call")
    assert code is not None
    record = add(
        session,
        organization_id=resource.organization_id,
        resource_id=resource.id,
        project=resource.name,
        service_type="hotline_call",
        channel="hotline",
        region_code=code,
        person_times=1,
        served_on=local_date(data.received_at),
        recorded_by=principal.subject,
        details={
            "duration_minutes": data.duration_minutes,
            "topic": data.topic,
            "outcome": data.outcome,
            "caller_phone": pii.mask_phone(data.caller_phone) if data.caller_phone else None,
        },
    )
    await session.flush()
    return record


def _scope(
    principal: Principal, organization_id: uuid.UUID | None, region_code: str | None
) -> dict[str, Any]:
    """Partners read their own organization's records; staff those of their region."""
    if is_staff(principal):
        prefix = region_code or principal.region_scope or None
        if region_code and principal.region_scope and not principal.sees_region(region_code):
            raise Forbidden(f"Region {region_code} is outside your scope")
        return {"organization_id": organization_id, "region_prefix": prefix}
    if organization_id is None or not acts_for(principal, organization_id):
        raise Forbidden(
            "A charity partner reads its own organization's records: give organization_id"
        )
    return {"organization_id": organization_id, "region_prefix": region_code}


def _dates(date_from: date | None, date_to: date | None) -> dict[str, Any]:
    if date_from and date_to and date_from > date_to:
        raise InvalidInput(
            "date_from is after date_to",
            errors=[{"field": "date_from", "message": "must not be after date_to"}],
        )
    return {"date_from": date_from, "date_to": date_to}


async def page(
    session: AsyncSession,
    *,
    principal: Principal,
    organization_id: uuid.UUID | None,
    region_code: str | None,
    date_from: date | None,
    date_to: date | None,
    limit: int,
    offset: int,
) -> tuple[list[ServiceRecordRead], int]:
    filters = _scope(principal, organization_id, region_code) | _dates(date_from, date_to)
    rows, total = await repository.page(session, limit=limit, offset=offset, **filters)
    return [ServiceRecordRead.model_validate(r, from_attributes=True) for r in rows], total


async def summary(
    session: AsyncSession,
    *,
    principal: Principal,
    by: str,
    organization_id: uuid.UUID | None,
    region_code: str | None,
    date_from: date | None,
    date_to: date | None,
) -> Summary:
    filters = _scope(principal, organization_id, region_code) | _dates(date_from, date_to)
    rows = await repository.summary(session, by=by, **filters)
    return Summary(
        by=by,
        date_from=date_from,
        date_to=date_to,
        total_person_times=sum(times for _, times, _ in rows),
        rows=[SummaryRow(key=key, person_times=times, records=n) for key, times, n in rows],
    )


def export_scope(
    *,
    principal: Principal,
    organization_id: uuid.UUID | None,
    region_code: str | None,
    date_from: date | None,
    date_to: date | None,
) -> dict[str, Any]:
    """The export's filters, checked before the first byte: a refusal is still a problem response."""
    return _scope(principal, organization_id, region_code) | _dates(date_from, date_to)


async def export_csv(
    sessions: async_sessionmaker[AsyncSession], *, filters: dict[str, Any]
) -> AsyncIterator[bytes]:
    """The CSV, one chunk per batch of rows, written as they are read: memory stays flat.

    It runs after the endpoint has returned, so it reads through a session of its own; the
    request's session is closed by then.
    """
    yield _csv_lines([EXPORT_COLUMNS])
    async with sessions() as session:
        batches = repository.stream(
            session, columns=EXPORT_COLUMNS, batch_size=EXPORT_BATCH_ROWS, **filters
        )
        async for batch in batches:
            yield _csv_lines(["" if value is None else value for value in row] for row in batch)


def _csv_lines(rows: Iterable[Iterable[Any]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")
