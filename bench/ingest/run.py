"""Benchmark: a 1,000,000-row partner feed through verification's public bulk API, on PostgreSQL.

Generates a seeded CSV feed, starts the verification service as a real process on a fresh database,
uploads the feed to `POST /v1/data-feeds?wait=true` (then once more: a resend, every key stored and
unchanged, reported as `resend_rows_per_s`), and compares with `psql \\copy` of the same file
into a table with the same columns and the same unique key, in the same run. Then times the economic
check of a 4-person household with 5 years of records in-process. The last line is one JSON object.

    .venv/bin/python bench/ingest/run.py [--rows N] [--postgres postgresql://postgres@127.0.0.1:5432]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[2]
SERVICE_DIR = ROOT / "services" / "verification"
FIELDS = (
    "source",
    "source_record_id",
    "id_number",
    "kind",
    "type",
    "amount_yuan",
    "date",
    "period_from",
    "period_to",
    "disability_category",
    "disability_grade",
)
SOURCES = ["human_resources", "banks", "medical_insurance", "civil_affairs", "education"]
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(rng: random.Random) -> str:
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 80))
    first17 = f"431028{born:%Y%m%d}{rng.randrange(1000):03d}"
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def feed_rows(count: int, *, seed: int = 42, people: int = 200_000) -> Iterator[list[str]]:
    """Seeded rows: incomes, assets, expenditures and life events about `people` residents."""
    rng = random.Random(seed)
    ids = [resident_id(rng) for _ in range(min(people, max(count // 5, 1)))]
    for i in range(count):
        who = ids[rng.randrange(len(ids))]
        month = date(2021 + rng.randrange(5), 1 + rng.randrange(12), 1)
        roll = rng.random()
        key = f"B{i:09d}"
        if roll < 0.4:
            end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            amount = f"{rng.randrange(50_000, 800_000) / 100:.2f}"
            yield [
                "human_resources",
                key,
                who,
                "income",
                "wage",
                amount,
                "",
                f"{month}",
                f"{end}",
                "",
                "",
            ]
        elif roll < 0.6:
            amount = f"{rng.randrange(0, 10_000_000) / 100:.2f}"
            yield ["banks", key, who, "asset", "deposit", amount, f"{month}", "", "", "", ""]
        elif roll < 0.9:
            amount = f"{rng.randrange(1_000, 5_000_000) / 100:.2f}"
            day = month + timedelta(days=rng.randrange(28))
            yield [
                "medical_insurance",
                key,
                who,
                "expenditure",
                "medical_out_of_pocket",
                amount,
                f"{day}",
                "",
                "",
                "",
                "",
            ]
        else:
            yield [
                "civil_affairs",
                key,
                who,
                "life_event",
                "unemployment",
                "",
                f"{month}",
                "",
                "",
                "",
                "",
            ]


def write_feed(path: Path, rows: int) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        writer.writerows(feed_rows(rows))


def write_ndjson_feed(path: Path, rows: int) -> None:
    """The same rows as one JSON object a line, amounts as JSON numbers, empty fields left out."""
    with path.open("w") as handle:
        for row in feed_rows(rows):
            item: dict[str, Any] = {k: v for k, v in zip(FIELDS, row, strict=True) if v}
            if "amount_yuan" in item:
                item["amount_yuan"] = float(item["amount_yuan"])
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # gone meanwhile
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def checkpoint(dsn: str) -> None:
    """A checkpoint before each timed load: each then starts with no dirty buffers and pays the
    full-page writes of its own pages, not of the previous load's (a checkpoint due in the middle
    of one made the same COPY cost up to 40 % more CPU)."""
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("CHECKPOINT")
    finally:
        await conn.close()


async def database_cpu_seconds(dsn: str) -> float:
    """CPU of the PostgreSQL backends connected to the bench's database (the service's pool)."""
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"
        )
    finally:
        await conn.close()
    return sum(cpu_seconds(row["pid"]) for row in rows)


def bearer(*roles: str, **claims: Any) -> dict[str, str]:
    from jiuzhu_kit.testing import bearer as kit_bearer

    return kit_bearer(*roles, **claims)


PARTNER = {"subject": "bench-partner", "sources": SOURCES}


async def ingest_through_api(
    feed: Path, dsn: str, env: dict[str, str], content_type: str = "text/csv"
) -> tuple[float, dict[str, Any], float, dict[str, float]]:
    """Wall seconds, the finished job, peak RSS (MB), and CPU seconds of the service process and
    of its database backends during the upload."""
    port = free_port()
    server = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "uvicorn",
        "verification.main:app",
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
        cwd=SERVICE_DIR,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=httpx.Timeout(600.0)) as client:
            for _ in range(300):
                try:
                    if (await client.get("/readyz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)

            async def chunks() -> AsyncIterator[bytes]:
                with feed.open("rb") as handle:
                    while chunk := handle.read(1 << 20):
                        yield chunk

            service_cpu, database_cpu = cpu_seconds(server.pid), await database_cpu_seconds(dsn)
            started = time.perf_counter()
            response = await client.post(
                "/v1/data-feeds?wait=true",
                content=chunks(),
                headers={"content-type": content_type, **bearer("data_partner", **PARTNER)},
            )
            elapsed = time.perf_counter() - started
            cpu = {
                "service_cpu_s": round(cpu_seconds(server.pid) - service_cpu, 2),
                "database_cpu_s": round(await database_cpu_seconds(dsn) - database_cpu, 2),
            }
            response.raise_for_status()
            return elapsed, response.json(), peak_rss_mb(server.pid), cpu
    finally:
        server.terminate()
        await asyncio.wait_for(server.wait(), timeout=30)


def psql_copy_baseline(feed: Path, dsn: str) -> float:
    setup = (
        "DROP TABLE IF EXISTS bench_copy_baseline; CREATE TABLE bench_copy_baseline ("
        "source varchar(40), source_record_id varchar(100), id_number varchar(18), kind varchar(20),"
        " type varchar(40), amount_yuan numeric(14,2), date date, period_from date, period_to date,"
        " disability_category varchar(20), disability_grade integer,"
        " UNIQUE (source, source_record_id))"
    )
    subprocess.run(["psql", dsn, "-q", "-c", setup], check=True)
    started = time.perf_counter()
    subprocess.run(
        [
            "psql",
            dsn,
            "-q",
            "-c",
            f"\\copy bench_copy_baseline FROM '{feed}' WITH (FORMAT csv, HEADER true)",
        ],
        check=True,
    )
    return time.perf_counter() - started


def household_records() -> tuple[list[str], bytes]:
    """A 4-person household with 5 years of monthly incomes, balances and costs (NDJSON)."""
    rng = random.Random(7)
    ids = [resident_id(rng) for _ in range(4)]
    lines = []
    today = date.today()
    for m in range(60):
        start = (today.replace(day=1) - timedelta(days=31 * (m + 1))).replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        for who, kind, type_, source in (
            (ids[0], "income", "wage", "human_resources"),
            (ids[1], "income", "wage", "human_resources"),
            (ids[1], "asset", "deposit", "banks"),
            (ids[2], "expenditure", "medical_out_of_pocket", "medical_insurance"),
            (ids[3], "expenditure", "education", "education"),
        ):
            row: dict[str, Any] = {
                "source": source,
                "source_record_id": f"H-{who}-{type_}-{m}",
                "id_number": who,
                "kind": kind,
                "type": type_,
                "amount_yuan": f"{rng.randrange(10_000, 400_000) / 100:.2f}",
            }
            if kind == "income":
                row.update(period_from=str(start), period_to=str(end))
            else:
                row["date"] = str(end)
            lines.append(json.dumps(row))
    return ids, ("\n".join(lines) + "\n").encode()


async def check_p50_ms(url: str, spool: str, runs: int = 101) -> float:
    from asgi_lifespan import LifespanManager

    from verification.main import build_app
    from verification.settings import VerificationSettings

    settings = VerificationSettings(
        database_url=url,
        environment="test",
        outbox_relay_enabled=False,
        feed_spool_dir=spool,
        log_level="WARNING",
    )
    app = build_app(settings)
    ids, body = household_records()
    async with LifespanManager(app) as manager:
        transport = httpx.ASGITransport(app=manager.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            loaded = await client.post(
                "/v1/data-feeds?wait=true",
                content=body,
                headers={
                    "content-type": "application/x-ndjson",
                    **bearer("data_partner", **PARTNER),
                },
            )
            assert loaded.json()["rows_rejected"] == 0, loaded.text
            request = {
                "application_id": str(uuid.uuid4()),
                "household_id": str(uuid.uuid4()),
                "region_code": "431028206",
                "registration": "rural",
                "consent": {
                    "consent_id": str(uuid.uuid4()),
                    "granted_by": "subject",
                    "granted_at": "2026-01-01T00:00:00+00:00",
                    "scope": ["income", "assets", "expenditure", "life_events"],
                },
                "members": [
                    {
                        "member_id": f"m{i}",
                        "id_number": n,
                        "relation": "head" if i == 0 else "child",
                    }
                    for i, n in enumerate(ids)
                ],
                "declared": {
                    "incomes": [{"id_number": ids[0], "type": "wage", "monthly_yuan": "2000.00"}]
                },
            }
            staff = bearer("caseworker", region="431028")
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                response = await client.post("/v1/checks", json=request, headers=staff)
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 201, response.text
    return round(statistics.median(timings), 2)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--format",
        choices=("csv", "ndjson"),
        default="csv",
        help="what is uploaded (the baseline always copies the CSV of the same rows)",
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432"),
    )
    args = parser.parse_args()
    sys.path.insert(0, str(SERVICE_DIR / "src"))
    from jiuzhu_kit.migrations import upgrade

    server = args.postgres.split("://", 1)[1].rstrip("/").split("/")[0]
    database = f"bench_ingest_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(f"postgresql://{server}/postgres")
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    dsn = f"postgresql://{server}/{database}"
    url = f"postgresql+asyncpg://{server}/{database}"
    try:
        with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
            feed = Path(tmp) / "feed.csv"
            started = time.perf_counter()
            write_feed(feed, args.rows)
            print(
                f"generated {args.rows} rows ({feed.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f}s",
                file=sys.stderr,
            )
            await upgrade(SERVICE_DIR, url)
            env = {
                **os.environ,
                "VERIFICATION_DATABASE_URL": url,
                "VERIFICATION_ENVIRONMENT": "test",
                "VERIFICATION_OUTBOX_RELAY_ENABLED": "false",
                "VERIFICATION_FEED_SPOOL_DIR": str(Path(tmp) / "spool"),
                "VERIFICATION_LOG_LEVEL": "INFO",
            }
            upload, content_type = feed, "text/csv"
            if args.format == "ndjson":
                upload, content_type = Path(tmp) / "feed.ndjson", "application/x-ndjson"
                write_ndjson_feed(upload, args.rows)
            await checkpoint(dsn)
            elapsed, job, rss, cpu = await ingest_through_api(upload, dsn, env, content_type)
            print(
                f"API ingest: {elapsed:.2f}s, CPU {json.dumps(cpu)}, job {json.dumps(job)}",
                file=sys.stderr,
            )
            assert job["status"] == "completed" and job["rows_accepted"] == args.rows, job
            await checkpoint(dsn)
            baseline = psql_copy_baseline(feed, dsn)
            print(f"psql \\copy baseline: {baseline:.2f}s", file=sys.stderr)
            # The same feed again (partners re-send whole exports): every key stored, none changed.
            # After the baseline, so that its WAL and checkpoints do not slow the baseline down.
            await checkpoint(dsn)
            resent, again, _, resend_cpu = await ingest_through_api(upload, dsn, env, content_type)
            print(f"API resend: {resent:.2f}s, CPU {json.dumps(resend_cpu)}", file=sys.stderr)
            assert again["records_unchanged"] == args.rows, again
            p50 = await check_p50_ms(url, str(Path(tmp) / "spool2"))
    finally:
        admin = await asyncpg.connect(f"postgresql://{server}/postgres")
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()
    rows_per_s = args.rows / elapsed
    baseline_rows_per_s = args.rows / baseline
    print(
        json.dumps(
            {
                "bench": "ingest",
                "rows": args.rows,
                "format": args.format,
                "rows_per_s": round(rows_per_s),
                "baseline_rows_per_s": round(baseline_rows_per_s),
                "ratio": round(rows_per_s / baseline_rows_per_s, 3),
                "peak_rss_mb": rss,
                "resend_rows_per_s": round(args.rows / resent),
                **cpu,
                "check_p50_ms": p50,
            }
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
