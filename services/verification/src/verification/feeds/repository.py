"""Every query of feed ingestion: jobs, the staging tables, and the merge into partner records.

PostgreSQL: the job holds the merge lock from its start. While the feed's keys come in key order
with no repeat (what partners' exports do), each checked chunk is COPYed (CSV made by polars)
straight into partner_record as it arrives, so the database's work overlaps the reading and
checking; only keys stored before the job go through the staging table. A feed that at least
doubles the table is copied without the person index (and, into an empty table, without its
keys), built again at the end; the people it names are staged and stored at the end too (into an
empty record_subject: copied straight in, without its key, built at the end).
Once the order breaks, the rows inserted so far move back to staging and everything left is merged
at the end with a few set-based statements (their SQL in statements.py). SQLite: the staging table filled by batched
inserts, then the same merge.
Everything lives in the job's transaction, so a failed job leaves nothing behind.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

import numpy as np
import polars as pl
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.schema import (
    AddConstraint,
    CreateIndex,
    DropConstraint,
    DropIndex,
    ExecutableDDLElement,
    UniqueConstraint,
)

from verification.db import byte_wise_sql
from verification.feeds import copy_input, statements
from verification.feeds.checking import PEOPLE_COLUMNS, STAGING_COLUMNS
from verification.records.models import PartnerRecord, RecordSubject
from verification.records.repository import MERGE_LOCK

logger = logging.getLogger(__name__)

# A merge of this many new rows or more, into a table holding no more rows than that, rebuilds
# the person index rather than inserting into it row by row (PostgreSQL's advice for bulk loads).
INDEX_REBUILD_MIN_ROWS = 100_000


class StagingBatch(NamedTuple):
    """One batch for the staging tables: accepted rows, row errors, people met for the first time."""

    rows: pl.DataFrame  # checking.STAGING_COLUMNS
    errors: list[tuple[int, str, str]]
    people: pl.DataFrame  # checking.PEOPLE_COLUMNS
    encoded: bytes | None  # the rows as CSV for COPY (PostgreSQL), made off the event loop
    in_key_order: bool  # the feed so far (this batch too) has no repeated key, in key order
    people_once: bool = True  # no person of the feed so far (this batch too) handed out twice


class Staging:
    """The staging tables of one job, on the job's own connection and transaction.

    `now` is the job's time: every record it creates or updates carries it (on PostgreSQL, the
    transaction's start, which the columns' defaults also give).
    """

    def __init__(self, conn: AsyncConnection, *, job_id: uuid.UUID, now: datetime) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"
        self.job_id = job_id
        self.now = now
        # PostgreSQL, while the feed is in key order: rows go straight into partner_record.
        self.direct = False
        self._created_directly = 0
        self._unchanged_directly = 0  # stored keys whose content the feed repeats, left alone
        self._table_was_empty = False
        self._id_floor: int | None = None
        # Indexes and keys dropped for a bulk load, made again (sorted, at once) by the merge.
        self._rebuild: list[tuple[str, ExecutableDDLElement]] = []
        self._keys_dropped = False  # the unique key is among them: no order helps a COPY
        # The people's primary key is among them too: a feed's new people go straight into
        # record_subject (it was empty, and the reader hands each person out once per feed).
        self._people_direct = False

    async def create(self) -> None:
        on_commit = " ON COMMIT DROP" if self.postgres else ""
        dialect = self.conn.dialect.name
        index_type, source, key = (byte_wise_sql(dialect, n) for n in (64, 40, 100))
        await self.conn.execute(text("DROP TABLE IF EXISTS feed_staging"))
        await self.conn.execute(text("DROP TABLE IF EXISTS feed_staging_error"))
        await self.conn.execute(text("DROP TABLE IF EXISTS feed_staging_subject"))
        await self.conn.execute(text("DROP TABLE IF EXISTS feed_staging_unchanged"))
        await self.conn.execute(
            text(
                f"CREATE TEMPORARY TABLE feed_staging (line integer NOT NULL, source {source},"
                f" source_record_id {key}, person_index {index_type},"
                " kind varchar(20), type varchar(40), amount_yuan numeric(14, 2),"
                " effective_on date, period_from date, period_to date, attributes text,"
                f" content_hash varchar(32)){on_commit}"
            )
        )
        await self.conn.execute(
            text(
                f"CREATE TEMPORARY TABLE feed_staging_subject (person_index {index_type} NOT NULL,"
                f" id_cipher text NOT NULL){on_commit}"
            )
        )
        await self.conn.execute(
            text(
                f"CREATE TEMPORARY TABLE feed_staging_unchanged (source {source} NOT NULL,"
                f" source_record_id {key} NOT NULL){on_commit}"
            )
        )
        await self.conn.execute(
            text(
                "CREATE TEMPORARY TABLE feed_staging_error (line integer NOT NULL,"
                f" field varchar(40) NOT NULL, reason text NOT NULL){on_commit}"
            )
        )

    async def prepare(self, *, expected_rows: int) -> None:
        """PostgreSQL: take the merge lock for the whole job (rows are written from the first
        chunk on, and single-record writes must not interleave), and drop the person index if the
        feed looks large enough to rebuild it after (see _drop_person_index_for_bulk_load)."""
        if not self.postgres:
            return
        execute = self.conn.execute
        self.now = (await execute(text("SELECT now()"))).scalar_one()
        await execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MERGE_LOCK})
        # Sorting and hashing a million staged rows in memory, not on disk; no JIT compile (it
        # costs more than it saves on these plans).
        await execute(text("SET LOCAL work_mem = '512MB'"))
        await execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
        await execute(text("SET LOCAL jit = off"))
        # Records this job inserts get ids above the highest one now (inserts wait for the lock).
        highest = await execute(text("SELECT max(id) FROM partner_record"))
        self._id_floor = highest.scalar_one()
        self._table_was_empty = self._id_floor is None
        self._rebuild = await self._drop_indexes_for_bulk_load(expected_rows)
        dropped = {name for name, _ in self._rebuild}
        self._keys_dropped = str(_RECORD_KEY.name) in dropped
        self._people_direct = str(_SUBJECT_KEY.name) in dropped
        self.direct = True

    def encode_rows(self, rows: pl.DataFrame, *, direct: bool) -> bytes | None:
        """The rows as COPY input on PostgreSQL, for partner_record (`direct`) or for staging
        (pure: may run in a worker thread)."""
        if not self.postgres or rows.is_empty():
            return None
        if direct:
            shaped = rows.select(STAGING_COLUMNS[1:])
            if not self._keys_dropped:
                # In the unique key's order, its insertions go to neighbouring leaves instead of
                # taking turns across the index (COPY ~15 % cheaper on 50k-row chunks).
                shaped = shaped.sort("source_record_id", "source")
            return copy_input.csv(shaped.with_columns(feed_job_id=pl.lit(str(self.job_id))))
        return copy_input.csv(rows.select(STAGING_COLUMNS))

    async def add_batch(self, batch: StagingBatch) -> None:
        if self.direct and not batch.in_key_order:
            await self._leave_direct()
        # A person may now come again: the rest are staged, and the merge stores the new ones.
        self._people_direct = self._people_direct and batch.people_once
        await self.add_subjects(batch.people)
        if self.direct:
            await self._insert_directly(batch.rows, batch.encoded)
        else:
            encoded = None if batch.in_key_order else batch.encoded  # else encoded for direct
            await self.add_rows(batch.rows, encoded=encoded)
        await self.add_errors(batch.errors)

    async def add_rows(self, rows: pl.DataFrame, *, encoded: bytes | None = None) -> None:
        if rows.is_empty():
            return
        if self.postgres:
            raw = await self._driver()
            # CSV: an absent value is an unquoted empty field; no staged text is ever empty.
            await raw.copy_to_table(
                "feed_staging",
                source=copy_input.in_one_piece(
                    encoded or self.encode_rows(rows, direct=False) or b""
                ),
                columns=STAGING_COLUMNS,
                format="csv",
            )
            return
        await self.conn.execute(
            text(statements.INSERT_STAGING), rows.select(STAGING_COLUMNS).to_dicts()
        )

    async def _insert_directly(self, rows: pl.DataFrame, encoded: bytes | None) -> None:
        """New keys straight into partner_record; keys stored before the job go to staging.

        Safe because the feed so far is in key order without repeats (no later line can replace
        one inserted here) and the merge lock is held (nobody else inserts meanwhile).
        """
        if rows.is_empty():
            return
        if not self._table_was_empty:
            stored, same = await self._stored_rows(rows)
            if stored.any():
                await self._leave_unchanged(rows.filter(same))
                await self.add_rows(rows.filter(stored & ~same))
                rows, encoded = rows.filter(~stored), None
                if rows.is_empty():
                    return
        raw = await self._driver()
        await raw.copy_to_table(
            "partner_record",
            source=copy_input.in_one_piece(encoded or self.encode_rows(rows, direct=True) or b""),
            columns=_DIRECT_COLUMNS,
            format="csv",
        )
        self._created_directly += rows.height

    async def _stored_rows(self, rows: pl.DataFrame) -> tuple[pl.Series, pl.Series]:
        """Which rows have a key stored before the job, and which of those the same content (two
        masks); the database answers with row numbers, not keys."""
        raw = await self._driver()
        numbers, same_content = await raw.fetchrow(
            statements.STORED_KEYS,
            *(
                copy_input.array_literal(rows.get_column(c))
                for c in ("source", "source_record_id", "content_hash")
            ),
        )
        stored = np.zeros(rows.height, dtype=bool)
        same = np.zeros(rows.height, dtype=bool)
        if numbers:
            at = np.array(numbers, dtype=np.int64) - 1
            stored[at] = True
            same[at] = np.array(same_content, dtype=bool)
        return pl.Series("stored", stored), pl.Series("same", same)

    async def _leave_unchanged(self, rows: pl.DataFrame) -> None:
        """Stored keys the feed repeats unchanged: nothing to write but their keys (should the
        feed later break key order, they are staged again from the records, see _leave_direct)."""
        if rows.is_empty():
            return
        keys = copy_input.csv(rows.select("source", "source_record_id"))
        raw = await self._driver()
        await raw.copy_to_table(
            "feed_staging_unchanged",
            source=copy_input.in_one_piece(keys),
            columns=("source", "source_record_id"),
            format="csv",
        )
        self._unchanged_directly += rows.height

    async def _leave_direct(self) -> None:
        """The feed broke key order: the rows inserted so far go back to staging (as lines that
        precede every later one), so the merge at the end decides every key with the whole feed."""
        if self._created_directly:
            await self.conn.execute(
                self._sql(statements.MOVE_TO_STAGING),
                {"job": self.job_id, "floor": self._id_floor or 0},
            )
        if self._unchanged_directly:
            await self.conn.execute(text(statements.UNCHANGED_TO_STAGING))
        self._created_directly = self._unchanged_directly = 0
        self.direct = False

    async def add_subjects(self, people: pl.DataFrame) -> None:
        """People of accepted rows met for the first time in this feed: blind index, encrypted ID.

        Staged, and stored by the merge in one statement sorted by blind index. Stored chunk by
        chunk instead, each chunk's anti-join read every person stored so far and its inserts went
        to random places of the key's index: twice the database's CPU for a feed's 200k people
        (3.1 s against 1.5 s), on the load's critical path either way. Into an empty
        record_subject whose key was dropped for the load there is nothing to look up and no
        index to keep: they are COPYed straight in (200k people: COPY 0.2 s beside the reading,
        the key built after in 0.12 s, against 0.47 s for the merge's insert).
        """
        if people.is_empty():
            return
        if self._people_direct:
            raw = await self._driver()
            stored = people.select(
                "person_index", "id_cipher", first_seen_at=pl.lit(self.now.isoformat())
            )
            await raw.copy_to_table(
                "record_subject",
                source=copy_input.in_one_piece(copy_input.csv(stored)),
                columns=("person_index", "id_number", "first_seen_at"),
                format="csv",
            )
            return
        if self.postgres:
            raw = await self._driver()
            await raw.copy_to_table(
                "feed_staging_subject",
                source=copy_input.in_one_piece(copy_input.csv(people.select(PEOPLE_COLUMNS))),
                columns=PEOPLE_COLUMNS,
                format="csv",
            )
            return
        await self.conn.execute(
            text(
                "INSERT INTO feed_staging_subject (person_index, id_cipher)"
                " VALUES (:person_index, :id_cipher)"
            ),
            people.to_dicts(),
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

    async def merge(self) -> dict[str, int]:
        """Merge staged rows into partner records; returns created/superseded/unchanged counts.

        Within one feed the last line for a key wins. A key whose content is unchanged is left alone
        (re-sending a feed changes nothing); a changed one is copied to the version history, then
        updated; new keys are inserted in key order. Merges are serialized (an advisory lock on
        PostgreSQL, the single writer on SQLite), so plain inserts cannot race on a key.
        """
        job = self.job_id if self.postgres else self.job_id.hex
        if self.postgres:
            counts = await self._merge_postgres({"job": job, "now": self.now})
        else:
            counts = await self._merge_sqlite({"job": job, "now": self.now.replace(tzinfo=None)})
        await self.conn.execute(
            self._sql(
                "INSERT INTO feed_row_error (job_id, line, field, reason)"
                " SELECT :job, line, field, reason FROM feed_staging_error ORDER BY line"
            ),
            {"job": job},
        )
        return counts

    async def _merge_postgres(self, params: dict[str, Any]) -> dict[str, int]:
        execute = self.conn.execute
        await execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MERGE_LOCK})  # held
        # Temporary tables get no statistics from autovacuum; the joins on the key need them.
        steps = _Steps()
        await execute(text("ANALYZE feed_staging (source, source_record_id), feed_staging_subject"))
        steps.done("analyze")
        await execute(self._sql(statements.PG_SUBJECTS), params)
        steps.done("people")
        # Still direct: every staged row is a key stored before the job, once (the new keys went
        # in as they came), so nothing is left to insert and no key needs its last line chosen.
        supersede = statements.PG_SUPERSEDE_AS_STAGED if self.direct else statements.PG_SUPERSEDE
        seen, superseded = (await execute(self._sql(supersede), params)).one()
        steps.done("supersede")
        created = 0
        if not self.direct:  # the feed broke key order: new keys are in staging too
            created = (await execute(self._sql(statements.PG_INSERT), params)).rowcount or 0
            steps.done("insert")
        for name, create in self._rebuild:
            await execute(create)
            steps.done(f"rebuilding {name}")
        logger.info("feed merge (%d rows inserted before): %s", self._created_directly, steps)
        return {
            "records_created": int(created) + self._created_directly,
            "records_superseded": int(superseded),
            "records_unchanged": int(seen) - int(superseded) + self._unchanged_directly,
        }

    async def _drop_indexes_for_bulk_load(
        self, expected_rows: int
    ) -> list[tuple[str, ExecutableDDLElement]]:
        """Drop the person index when the feed at least doubles the table, and the primary and
        unique keys too when the table is empty (the reader alone then checks the feed's keys:
        there is nothing stored to look them up among), and record_subject's key when that table
        is empty as well (the reader hands out each person once). Each is built again after the merge,
        sorted: far cheaper than as many insertions (PostgreSQL's advice for bulk loads), and the
        unique key's build checks every key once more, so a repeated one fails the job, leaving
        nothing behind. Readers wait for the job meanwhile; if one holds the table for long,
        everything stays and is kept row by row. Returns what the merge must make again."""
        stored = (await self.conn.execute(text(statements.STORED_ROWS))).scalar_one()
        if expected_rows < max(INDEX_REBUILD_MIN_ROWS, stored):
            return []
        dropped: list[tuple[str, ExecutableDDLElement, ExecutableDDLElement]] = [
            (_PERSON_INDEX.name, DropIndex(_PERSON_INDEX), CreateIndex(_PERSON_INDEX))
        ]
        if self._table_was_empty:
            for c in (_RECORD_KEY, _RECORD_ID):
                dropped.append((str(c.name), DropConstraint(c), AddConstraint(c)))
            if not (await self.conn.execute(text(statements.ANY_SUBJECT))).first():
                key = _SUBJECT_KEY
                dropped.append((str(key.name), DropConstraint(key), AddConstraint(key)))
        try:
            async with self.conn.begin_nested():
                await self.conn.execute(text("SET LOCAL lock_timeout = '2s'"))
                for _, drop, _ in dropped:
                    await self.conn.execute(drop)
        except DBAPIError:
            return []
        finally:
            await self.conn.execute(text("SET LOCAL lock_timeout = 0"))
        return [(name, create) for name, _, create in reversed(dropped)]

    async def _merge_sqlite(self, params: dict[str, Any]) -> dict[str, int]:
        execute = self.conn.execute
        await execute(
            text("CREATE INDEX feed_staging_key ON feed_staging (source, source_record_id)")
        )
        await execute(text(statements.DROP_SUPERSEDED_LINES))
        staged = (await execute(text("SELECT count(*) FROM feed_staging"))).scalar_one()
        await execute(self._sql(statements.SQLITE_SUBJECTS), params)
        superseded = await execute(self._sql(statements.HISTORY), params)
        await execute(self._sql(statements.UPDATE), params)
        created = await execute(self._sql(statements.INSERT), params)
        created_count = int(created.rowcount or 0)
        superseded_count = int(superseded.rowcount or 0)
        return {
            "records_created": created_count,
            "records_superseded": superseded_count,
            "records_unchanged": int(staged) - created_count - superseded_count,
        }


class _Steps:
    """Seconds per merge step, for the log."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.seconds: dict[str, float] = {}

    def done(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step], self.last = now - self.last, now

    def __str__(self) -> str:
        return ", ".join(f"{step} {seconds:.2f}s" for step, seconds in self.seconds.items())


_PERSON_INDEX = next(
    i for i in PartnerRecord.__table__.indexes if i.name == "ix_partner_record_person_type_date"
)
_RECORD_ID = PartnerRecord.__table__.primary_key
_SUBJECT_KEY = RecordSubject.__table__.primary_key
_RECORD_KEY = next(
    c for c in PartnerRecord.__table__.constraints if isinstance(c, UniqueConstraint)
)
# Version and timestamps are left to the columns' defaults: 1 and the transaction's time, which
# is the job's `now` on PostgreSQL (Staging.prepare).
_DIRECT_COLUMNS = (*STAGING_COLUMNS[1:], "feed_job_id")
