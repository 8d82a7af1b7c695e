"""Every query on partner records for the single-record path and reads (bulk merge: feeds.repository)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import String, select, text, type_coerce
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.db import utcnow
from verification.records.models import PartnerRecord, PartnerRecordVersion, RecordSubject

# PostgreSQL advisory lock: a feed merge holds it exclusively, single-record writes share it, so a
# merge's plain inserts never race a single write on the same key or person.
MERGE_LOCK = 0x6A69757A68750001  # "jiuzhu" + 1


async def share_merge_lock(session: AsyncSession) -> None:
    """Wait for a running feed merge to end before writing (SQLite has a single writer anyway)."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(
            text("SELECT pg_advisory_xact_lock_shared(:key)"), {"key": MERGE_LOCK}
        )


async def get(session: AsyncSession, record_id: int) -> PartnerRecord | None:
    return await session.get(PartnerRecord, record_id)


async def get_by_key(
    session: AsyncSession, source: str, source_record_id: str
) -> PartnerRecord | None:
    rows = await session.execute(
        select(PartnerRecord).where(
            PartnerRecord.source == source,
            PartnerRecord.source_record_id == source_record_id,
        )
    )
    return rows.scalars().first()


async def ensure_subject(session: AsyncSession, *, person_index: str, id_cipher: str) -> None:
    """Record the person once; `id_cipher` is already encrypted, so it bypasses the column type."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = RecordSubject.__table__
    statement = insert(table).values(
        person_index=person_index,
        id_number=type_coerce(id_cipher, String()),
        first_seen_at=utcnow(),
    )
    await session.execute(statement.on_conflict_do_nothing(index_elements=["person_index"]))


async def subject(session: AsyncSession, person_index: str) -> RecordSubject | None:
    return await session.get(RecordSubject, person_index)


async def versions(session: AsyncSession, record_id: int) -> list[PartnerRecordVersion]:
    rows = await session.execute(
        select(PartnerRecordVersion)
        .where(PartnerRecordVersion.record_id == record_id)
        .order_by(PartnerRecordVersion.version)
    )
    return list(rows.scalars())


async def of_people(
    session: AsyncSession,
    person_indexes: Sequence[str],
    *,
    kinds: Sequence[str] | None = None,
    on_or_after: date | None = None,
    on_or_before: date | None = None,
    limit: int | None = None,
) -> list[PartnerRecord]:
    """Current records of some people, by the (person, kind, date) index monitoring also uses."""
    query = select(PartnerRecord).where(PartnerRecord.person_index.in_(person_indexes))
    if kinds:
        query = query.where(PartnerRecord.kind.in_(kinds))
    if on_or_after is not None:
        query = query.where(PartnerRecord.effective_on >= on_or_after)
    if on_or_before is not None:
        query = query.where(PartnerRecord.effective_on <= on_or_before)
    query = query.order_by(PartnerRecord.effective_on.desc(), PartnerRecord.id)
    if limit is not None:
        query = query.limit(limit)
    return list((await session.execute(query)).scalars())
