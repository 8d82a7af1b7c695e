"""Every query of feed ingestion: jobs, the staging tables, and the one merge into partner records.

PostgreSQL: rows are COPYed (asyncpg binary COPY) into a temporary staging table, then merged with a
few set-based statements in key order. SQLite: the same staging table filled by batched inserts.
Staging lives in the job's transaction, so a failed job leaves nothing behind.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from verification.feeds.models import FeedJob, FeedRowError
from verification.records.rows import ValidRow

STAGING_COLUMNS = (
    "line",
    "source",
    "source_record_id",
    "person_index",
    "kind",
    "type",
    "amount_yuan",
    "effective_on",
    "period_from",
    "period_to",
    "attributes",
    "content_hash",
)
_INSERT_STAGING = (
    "INSERT INTO feed_staging (line, source, source_record_id, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash) VALUES (:line,"
    " :source, :source_record_id, :person_index, :kind, :type, :amount_yuan,"
    " :effective_on, :period_from, :period_to, :attributes, :content_hash)"
)


async def get_job(session: AsyncSession, job_id: uuid.UUID) -> FeedJob | None:
    return await session.get(FeedJob, job_id)


async def unfinished_jobs(session: AsyncSession) -> list[FeedJob]:
    rows = await session.execute(
        select(FeedJob)
        .where(FeedJob.status.in_(("queued", "running")))
        .order_by(FeedJob.created_at)
    )
    return list(rows.scalars())


async def set_progress(session: AsyncSession, job_id: uuid.UUID, **values: Any) -> None:
    await session.execute(update(FeedJob).where(FeedJob.id == job_id).values(**values))


async def clear_errors(session: AsyncSession, job_id: uuid.UUID) -> None:
    await session.execute(delete(FeedRowError).where(FeedRowError.job_id == job_id))


async def add_errors(
    session: AsyncSession, job_id: uuid.UUID, errors: Sequence[tuple[int, str, str]]
) -> None:
    session.add_all(
        FeedRowError(job_id=job_id, line=line, field=f, reason=r) for line, f, r in errors
    )


async def error_page(
    session: AsyncSession, job_id: uuid.UUID, *, after_id: int, limit: int
) -> list[FeedRowError]:
    rows = await session.execute(
        select(FeedRowError)
        .where(FeedRowError.job_id == job_id, FeedRowError.id > after_id)
        .order_by(FeedRowError.id)
        .limit(limit)
    )
    return list(rows.scalars())


async def count_errors(session: AsyncSession, job_id: uuid.UUID) -> int:
    total = await session.execute(
        select(func.count()).select_from(FeedRowError).where(FeedRowError.job_id == job_id)
    )
    return int(total.scalar_one())


_NULL = "\\N"
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_value(value: str | None) -> str:
    if value is None:
        return _NULL
    return value.translate(_ESCAPES)


def _copy_text(rows: Sequence[tuple[int, ValidRow]]) -> str:
    """Rows in COPY text format. Sources, kinds, types, hashes, dates and amounts are validated
    vocabulary or numbers; only the partner's record id and JSON attributes can need escaping."""
    out = []
    for line, r in rows:
        amount = _NULL if r.amount_yuan is None else str(r.amount_yuan)
        period_from = _NULL if r.period_from is None else r.period_from.isoformat()
        period_to = _NULL if r.period_to is None else r.period_to.isoformat()
        out.append(
            f"{line}\t{r.source}\t{_copy_value(r.source_record_id)}\t{r.person_index}\t{r.kind}"
            f"\t{r.type}\t{amount}\t{r.effective_on.isoformat()}\t{period_from}\t{period_to}"
            f"\t{_copy_value(r.attributes)}\t{r.content_hash}\n"
        )
    return "".join(out)


class StagingBatch(NamedTuple):
    """One batch for the staging tables: checked rows, row errors, people met for the first time."""

    rows: list[tuple[int, ValidRow]]
    errors: list[tuple[int, str, str]]
    people: list[tuple[str, str]]
    encoded: bytes | None


class Staging:
    """The staging tables of one job, on the job's own connection and transaction."""

    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"

    async def create(self) -> None:
        on_commit = " ON COMMIT DROP" if self.postgres else ""
        await self.conn.execute(text("DROP TABLE IF EXISTS feed_staging"))
        await self.conn.execute(text("DROP TABLE IF EXISTS feed_staging_error"))
        await self.conn.execute(
            text(
                "CREATE TEMPORARY TABLE feed_staging (line integer NOT NULL, source varchar(40),"
                " source_record_id varchar(100), person_index varchar(64),"
                " kind varchar(20), type varchar(40), amount_yuan numeric(14, 2),"
                " effective_on date, period_from date, period_to date, attributes text,"
                f" content_hash varchar(32)){on_commit}"
            )
        )
        await self.conn.execute(text("DROP TABLE IF EXISTS feed_staging_subject"))
        await self.conn.execute(
            text(
                "CREATE TEMPORARY TABLE feed_staging_subject (person_index varchar(64) NOT NULL,"
                f" id_cipher text NOT NULL){on_commit}"
            )
        )
        await self.conn.execute(
            text(
                "CREATE TEMPORARY TABLE feed_staging_error (line integer NOT NULL,"
                f" field varchar(40) NOT NULL, reason text NOT NULL){on_commit}"
            )
        )

    def encode_rows(self, rows: Sequence[tuple[int, ValidRow]]) -> bytes | None:
        """The rows as COPY input on PostgreSQL (pure: may run in a worker thread)."""
        return _copy_text(rows).encode() if self.postgres and rows else None

    async def add_batch(self, batch: StagingBatch) -> None:
        await self.add_subjects(batch.people)
        await self.add_rows(batch.rows, encoded=batch.encoded)
        await self.add_errors(batch.errors)

    async def add_rows(
        self, rows: Sequence[tuple[int, ValidRow]], *, encoded: bytes | None = None
    ) -> None:
        if not rows:
            return
        if self.postgres:
            raw = await self._driver()
            await raw.copy_to_table(
                "feed_staging",
                source=io.BytesIO(encoded or _copy_text(rows).encode()),
                columns=STAGING_COLUMNS,
                format="text",
            )
            return
        records = [(line, *r) for line, r in rows]
        await self.conn.execute(
            text(_INSERT_STAGING),
            [
                {
                    **dict(zip(STAGING_COLUMNS, rec, strict=True)),
                    "amount_yuan": None if rec[6] is None else str(rec[6]),
                }
                for rec in records
            ],
        )

    async def add_subjects(self, people: Sequence[tuple[str, str]]) -> None:
        """People met for the first time in this feed: blind index and encrypted resident ID."""
        if not people:
            return
        if self.postgres:
            raw = await self._driver()
            await raw.copy_records_to_table(
                "feed_staging_subject", records=list(people), columns=("person_index", "id_cipher")
            )
            return
        await self.conn.execute(
            text("INSERT INTO feed_staging_subject (person_index, id_cipher) VALUES (:p, :c)"),
            [{"p": index, "c": cipher} for index, cipher in people],
        )

    async def add_errors(self, errors: Sequence[tuple[int, str, str]]) -> None:
        if not errors:
            return
        if self.postgres:
            raw = await self._driver()
            await raw.copy_records_to_table(
                "feed_staging_error", records=list(errors), columns=("line", "field", "reason")
            )
            return
        await self.conn.execute(
            text("INSERT INTO feed_staging_error (line, field, reason) VALUES (:l, :f, :r)"),
            [{"l": line, "f": field, "r": reason} for line, field, reason in errors],
        )

    async def _driver(self) -> Any:
        raw = await self.conn.get_raw_connection()
        return raw.driver_connection

    def _sql(self, sql: str) -> Any:
        # PostgreSQL types a parameter in a SELECT list as text unless told otherwise.
        if self.postgres:
            sql = sql.replace(":now", "CAST(:now AS timestamptz)").replace(
                ":job", "CAST(:job AS uuid)"
            )
        return text(sql)

    async def merge(self, *, job_id: uuid.UUID, now: datetime) -> dict[str, int]:
        """Merge staged rows into partner records; returns created/superseded/unchanged counts.

        Within one feed the last line for a key wins. A key whose content is unchanged is left alone
        (re-sending a feed changes nothing); a changed one is copied to the version history, then
        updated; new keys are inserted in key order. Merges are serialized (an advisory lock on
        PostgreSQL, the single writer on SQLite), so plain inserts cannot race on a key.
        """
        params: dict[str, Any] = (
            {"job": job_id, "now": now}
            if self.postgres
            else {"job": job_id.hex, "now": now.replace(tzinfo=None)}
        )
        if self.postgres:
            await self.conn.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MERGE_LOCK}
            )
            # Temporary tables get no statistics from autovacuum; the joins below need them.
            await self.conn.execute(text("ANALYZE feed_staging"))
            subjects = (
                "INSERT INTO record_subject (person_index, id_number, first_seen_at)"
                " SELECT DISTINCT ON (person_index) person_index, id_cipher, :now"
                " FROM feed_staging_subject WHERE person_index IN (SELECT person_index FROM"
                " feed_staging) ORDER BY person_index ON CONFLICT DO NOTHING"
            )
        else:
            await self.conn.execute(
                text("CREATE INDEX feed_staging_key ON feed_staging (source, source_record_id)")
            )
            subjects = (
                "INSERT INTO record_subject (person_index, id_number, first_seen_at)"
                " SELECT person_index, min(id_cipher), :now FROM feed_staging_subject"
                " WHERE person_index IN (SELECT person_index FROM feed_staging)"
                " GROUP BY person_index ON CONFLICT DO NOTHING"
            )
        await self.conn.execute(text(_DROP_SUPERSEDED_LINES))
        staged = (await self.conn.execute(text("SELECT count(*) FROM feed_staging"))).scalar_one()
        await self.conn.execute(self._sql(subjects), params)
        superseded = await self.conn.execute(self._sql(_HISTORY), params)
        await self.conn.execute(self._sql(_UPDATE), params)
        created = await self.conn.execute(self._sql(_INSERT), params)
        await self.conn.execute(
            self._sql(
                "INSERT INTO feed_row_error (job_id, line, field, reason)"
                " SELECT :job, line, field, reason FROM feed_staging_error ORDER BY line"
            ),
            params,
        )
        created_count = int(created.rowcount or 0)
        superseded_count = int(superseded.rowcount or 0)
        return {
            "records_created": created_count,
            "records_superseded": superseded_count,
            "records_unchanged": int(staged) - created_count - superseded_count,
        }


_MERGE_LOCK = 0x6A69757A68750001  # "jiuzhu" + 1: one merge into partner records at a time
# Within one feed the last line for a key wins: earlier lines for the same key are dropped.
_DROP_SUPERSEDED_LINES = (
    "DELETE FROM feed_staging WHERE EXISTS (SELECT 1 FROM feed_staging t"
    " WHERE t.source = feed_staging.source AND t.source_record_id = feed_staging.source_record_id"
    " AND t.line > feed_staging.line)"
)
_HISTORY = (
    "INSERT INTO partner_record_version (record_id, version, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash,"
    " feed_job_id, received_at, superseded_at)"
    " SELECT r.id, r.version, r.person_index, r.kind, r.type, r.amount_yuan,"
    " r.effective_on, r.period_from, r.period_to, r.attributes, r.content_hash,"
    " r.feed_job_id, r.updated_at, :now FROM partner_record r, feed_staging s"
    " WHERE r.source = s.source AND r.source_record_id = s.source_record_id"
    " AND r.content_hash <> s.content_hash"
)
_UPDATE = (
    "UPDATE partner_record AS r SET person_index = s.person_index, kind = s.kind,"
    " type = s.type, amount_yuan = s.amount_yuan, effective_on = s.effective_on,"
    " period_from = s.period_from, period_to = s.period_to, attributes = s.attributes,"
    " content_hash = s.content_hash, version = r.version + 1, feed_job_id = :job,"
    " updated_at = :now FROM feed_staging s"
    " WHERE r.source = s.source AND r.source_record_id = s.source_record_id"
    " AND r.content_hash <> s.content_hash"
)
_INSERT = (
    "INSERT INTO partner_record (source, source_record_id, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash,"
    " version, feed_job_id, received_at, updated_at)"
    " SELECT s.source, s.source_record_id, s.person_index, s.kind, s.type,"
    " s.amount_yuan, s.effective_on, s.period_from, s.period_to, s.attributes,"
    " s.content_hash, 1, :job, :now, :now FROM feed_staging s WHERE NOT EXISTS (SELECT 1"
    " FROM partner_record r WHERE r.source = s.source"
    " AND r.source_record_id = s.source_record_id)"
    " ORDER BY s.source, s.source_record_id"
)
