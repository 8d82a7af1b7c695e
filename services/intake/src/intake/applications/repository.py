"""Every query on applications, consents, documents and the timeline."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications.models import Application, ApplicationDocument, Consent, TimelineEntry
from intake.applications.states import AWAITING_DECISION


async def get(session: AsyncSession, application_id: uuid.UUID) -> Application | None:
    return await session.get(Application, application_id)


async def get_for_update(session: AsyncSession, application_id: uuid.UUID) -> Application | None:
    """The application, locked until the transaction ends (PostgreSQL) so steps apply one at a time."""
    query = select(Application).where(Application.id == application_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return (await session.execute(query)).scalars().first()


async def by_open_key(session: AsyncSession, open_key: str) -> Application | None:
    rows = await session.execute(select(Application).where(Application.open_key == open_key))
    return rows.scalars().first()


async def by_warning(session: AsyncSession, warning_id: str) -> Application | None:
    rows = await session.execute(select(Application).where(Application.warning_id == warning_id))
    return rows.scalars().first()


async def enrolled_of_household(
    session: AsyncSession, household_id: uuid.UUID
) -> list[Application]:
    rows = await session.execute(
        select(Application).where(
            Application.household_id == household_id, Application.state == "enrolled"
        )
    )
    return list(rows.scalars())


async def consent_of(session: AsyncSession, application_id: uuid.UUID) -> Consent | None:
    rows = await session.execute(
        select(Consent)
        .where(Consent.application_id == application_id)
        .order_by(Consent.granted_at.desc())
        .limit(1)
    )
    return rows.scalars().first()


async def documents_of(
    session: AsyncSession, application_id: uuid.UUID
) -> list[ApplicationDocument]:
    rows = await session.execute(
        select(ApplicationDocument)
        .where(ApplicationDocument.application_id == application_id)
        .order_by(ApplicationDocument.added_at, ApplicationDocument.id)
    )
    return list(rows.scalars())


async def timeline_of(session: AsyncSession, application_id: uuid.UUID) -> list[TimelineEntry]:
    rows = await session.execute(
        select(TimelineEntry)
        .where(TimelineEntry.application_id == application_id)
        .order_by(TimelineEntry.at, TimelineEntry.id)
    )
    return list(rows.scalars())


async def page(
    session: AsyncSession,
    *,
    region_prefix: str | None,
    created_by: str | None,
    state: str | None,
    kind: str | None,
    channel: str | None,
    created_from: datetime | None,
    created_to: datetime | None,
    overdue_at: datetime | None,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> list[Application]:
    """Newest first, keyset-paginated on (created_at, id)."""
    query = select(Application)
    if region_prefix:
        query = query.where(Application.region_code.startswith(region_prefix))
    if created_by is not None:
        query = query.where(Application.created_by == created_by)
    if state:
        query = query.where(Application.state == state)
    if kind:
        query = query.where(Application.kind == kind)
    if channel:
        query = query.where(Application.channel == channel)
    if created_from is not None:
        query = query.where(Application.created_at >= created_from)
    if created_to is not None:
        query = query.where(Application.created_at < created_to)
    if overdue_at is not None:
        query = query.where(
            Application.state.in_(sorted(AWAITING_DECISION)),
            Application.decision_due_at < overdue_at,
        )
    if after is not None:
        at, last_id = after
        query = query.where(
            or_(
                Application.created_at < at,
                and_(Application.created_at == at, Application.id < last_id),
            )
        )
    query = query.order_by(Application.created_at.desc(), Application.id.desc()).limit(limit)
    return list((await session.execute(query)).scalars())
