"""Benchmark: full screening of Hunan's monitored population (4,421,200 people) on PostgreSQL.

Generates a seeded population (about 1.6 million households) with about 10 million partner records
over a year and planted cases, loads them with COPY (timed and reported separately), then runs a full
screening job end to end (`verification.monitoring.jobs.run`: every shipped rule, set-based SQL) and
an incremental screening of a 10,000-row feed the way the feed runner calls it after an ingest. It
reports the planted cases found and any warning no planted case explains. The last line is one JSON
object. Reduced size: `--persons 100000` (records scale with it) or BENCH_SCREENING_PERSONS.

    .venv/bin/python bench/screening/run.py [--persons N] [--postgres postgresql://postgres@127.0.0.1:5432]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import resource
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1].parent
SERVICE_DIR = ROOT / "services" / "verification"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screening_population import Population  # noqa: E402

HUNAN_PERSONS = 4_421_200
RECORDS_PER_PERSON = 10_000_000 / HUNAN_PERSONS
RECORD_COLUMNS = (
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
    "version",
    "feed_job_id",
    "received_at",
    "updated_at",
)
HOUSEHOLD_COLUMNS = (
    "household_key",
    "household_id",
    "application_id",
    "region_code",
    "status",
    "address",
    "registration",
    "annual_income_yuan",
    "income_threshold_monthly_yuan",
    "assets_threshold_yuan",
    "schemes",
    "enrolled_at",
    "updated_at",
)
PERSON_COLUMNS = (
    "person_index",
    "household_key",
    "id_number",
    "name",
    "relation",
    "birth_date",
    "updated_at",
)


def peak_rss_mb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


async def copy_lines(
    conn: asyncpg.Connection,
    table: str,
    columns: tuple[str, ...],
    lines: Iterator[str],
    chunk: int = 200_000,
) -> int:
    total, buffer = 0, []
    for line in lines:
        buffer.append(line)
        if len(buffer) >= chunk:
            await conn.copy_to_table(
                table, source=io.BytesIO("".join(buffer).encode()), columns=columns, format="text"
            )
            total, buffer = total + len(buffer), []
    if buffer:
        await conn.copy_to_table(
            table, source=io.BytesIO("".join(buffer).encode()), columns=columns, format="text"
        )
        total += len(buffer)
    return total


async def load(dsn: str, population: Population, planted_rows: list[tuple[str, ...]]) -> float:
    """COPY the population and records in; secondary indexes are built after (as a bulk load would)."""
    from screening_population import copy_lines as record_lines

    from verification.db import pii_cipher

    started = time.perf_counter()
    conn = await asyncpg.connect(dsn)
    now = datetime.now(UTC).isoformat()
    try:
        await conn.execute("DROP INDEX ix_partner_record_person_type_date")
        await conn.execute(
            "ALTER TABLE partner_record DROP CONSTRAINT uq_partner_record_source_record_id_source"
        )
        mark = time.perf_counter()
        households = await copy_lines(
            conn, "monitored_household", HOUSEHOLD_COLUMNS, population.household_rows()
        )
        people = await copy_lines(
            conn, "monitored_person", PERSON_COLUMNS, population.person_rows(pii_cipher().encrypt)
        )
        records = await copy_lines(
            conn,
            "partner_record",
            RECORD_COLUMNS,
            record_lines(population.background_records(), job=None, now=now),
        )
        records += await copy_lines(
            conn,
            "partner_record",
            RECORD_COLUMNS,
            record_lines(iter(planted_rows), job=None, now=now),
        )
        print(f"COPY {time.perf_counter() - mark:.1f}s", file=sys.stderr)
        mark = time.perf_counter()
        await conn.execute("SET maintenance_work_mem = '512MB'")
        await conn.execute(
            "CREATE INDEX ix_partner_record_person_type_date ON partner_record"
            " (person_index, type, effective_on)"
        )
        await conn.execute(
            "ALTER TABLE partner_record ADD CONSTRAINT uq_partner_record_source_record_id_source"
            " UNIQUE (source_record_id, source)"
        )
        await conn.execute("VACUUM ANALYZE partner_record")
        await conn.execute("VACUUM ANALYZE monitored_person")
        await conn.execute("VACUUM ANALYZE monitored_household")
        print(f"indexes and statistics {time.perf_counter() - mark:.1f}s", file=sys.stderr)
    finally:
        await conn.close()
    print(f"loaded {households} households, {people} people, {records} records", file=sys.stderr)
    return time.perf_counter() - started


async def found_pairs(dsn: str) -> set[tuple[str, str]]:
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch("SELECT subject_key, rule_code FROM monitoring_warning")
    finally:
        await conn.close()
    return {(r["subject_key"], r["rule_code"]) for r in rows}


async def bench(url: str, dsn: str, persons: int) -> dict[str, object]:
    from jiuzhu_kit.auth import Principal
    from jiuzhu_kit.db import create_engine, session_factory
    from jiuzhu_kit.migrations import upgrade
    from verification.monitoring import jobs, scope, service
    from verification.records.rows import today_in_china
    from verification.settings import get_settings

    await upgrade(SERVICE_DIR, url)
    as_of = today_in_china()
    records = round(persons * RECORDS_PER_PERSON)
    planted_count = max(persons // 4_000, 18)
    population = Population(
        persons=persons,
        records=records,
        planted=planted_count,
        pii_key=get_settings().pii_key,
        as_of=as_of,
    )
    started = time.perf_counter()
    population.plan_households()
    step = population.plant_step(planted_count)
    planted_rows = list(population.planted_records(planted_count, prefix="P", step=step))
    load_seconds = await load(dsn, population, planted_rows)
    print(f"generated and loaded in {time.perf_counter() - started:.1f}s", file=sys.stderr)

    engine = create_engine(url)
    sessions = session_factory(engine)
    operator = Principal(subject="bench", roles=frozenset({"admin"}))
    job = await jobs.submit(sessions, as_of=as_of, principal=operator)
    started = time.perf_counter()
    await jobs.run(engine=engine, sessions=sessions, job_id=job.id)
    seconds = time.perf_counter() - started
    async with sessions() as session:
        done = await service.get_job(session, job.id)
    assert done.status == "completed", done
    print(f"full screening: {seconds:.2f}s, {done.warnings_raised} warnings", file=sys.stderr)
    expected = set(population.expected.pairs)
    found = await found_pairs(dsn)

    # Incremental: a 10,000-row feed merged as job J, then screened as the feed runner does after it.
    from screening_population import copy_lines as record_lines

    feed_job = uuid.uuid4()
    async with engine.connect() as conn:
        marks = await scope.feed_marks(conn)
    population.expected.pairs.clear()
    # Halfway between the full run's plants: people with no warning yet.
    feed_planted = list(population.planted_records(9, prefix="F", step=step, offset=step))
    population.records = 10_000 - len(feed_planted)
    conn = await asyncpg.connect(dsn)
    try:
        now = datetime.now(UTC).isoformat()
        feed = [*population.background_records(prefix="FB"), *feed_planted]
        await copy_lines(
            conn,
            "partner_record",
            RECORD_COLUMNS,
            record_lines(iter(feed), job=str(feed_job), now=now),
        )
        # Planted households may have changed status or income for the incremental plants.
        for h in population.low_income:
            await conn.execute(
                "UPDATE monitored_household SET annual_income_yuan = 26000"
                " WHERE household_key = $1",
                f"H{h}",
            )
        for subject, _rule in population.expected.pairs:
            if subject.startswith("household:"):
                await conn.execute(
                    "UPDATE monitored_household SET status = 'enrolled' WHERE household_key = $1",
                    subject.split(":", 1)[1],
                )
    finally:
        await conn.close()
    before = await found_pairs(dsn)
    started = time.perf_counter()
    async with sessions() as session:
        await service.screen_people(session, since=marks)
        await session.commit()
    incremental_seconds = time.perf_counter() - started
    after = await found_pairs(dsn)
    await engine.dispose()
    feed_expected = set(population.expected.pairs)
    new = after - before
    return {
        "persons": persons,
        "records": records + len(planted_rows),
        "load_seconds": round(load_seconds, 2),
        "seconds": round(seconds, 2),
        "planted": len(expected) + len(feed_expected),
        "found": len(expected & found) + len(feed_expected & new),
        "unexpected": len(found - expected) + len(new - feed_expected),
        "near_misses": population.expected.near_misses,
        "incremental_seconds": round(incremental_seconds, 3),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--persons", type=int, default=int(os.environ.get("BENCH_SCREENING_PERSONS", HUNAN_PERSONS))
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432"),
    )
    parser.add_argument("--keep", action="store_true", help="keep the database (to study plans)")
    args = parser.parse_args()
    sys.path.insert(0, str(SERVICE_DIR / "src"))
    server = args.postgres.split("://", 1)[1].rstrip("/").split("/")[0]
    database = f"bench_screening_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(f"postgresql://{server}/postgres")
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    try:
        figures = await bench(
            f"postgresql+asyncpg://{server}/{database}",
            f"postgresql://{server}/{database}",
            args.persons,
        )
    finally:
        if args.keep:
            print(f"kept database {database}", file=sys.stderr)
        else:
            admin = await asyncpg.connect(f"postgresql://{server}/postgres")
            await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            await admin.close()
    print(
        json.dumps(
            {
                "bench": "screening",
                "persons": figures["persons"],
                "records": figures["records"],
                "seconds": figures["seconds"],
                "peak_rss_mb": peak_rss_mb(),
                "planted": figures["planted"],
                "found": figures["found"],
                "unexpected": figures["unexpected"],
                "near_misses": figures["near_misses"],
                "incremental_seconds": figures["incremental_seconds"],
                "load_seconds": figures["load_seconds"],
            }
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
