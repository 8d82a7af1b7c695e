"""Benchmark: household applications submitted through the gateway to intake on PostgreSQL.

Starts the suite as real processes (tests/harness.py) on fresh PostgreSQL databases, then sends
seeded submissions — a household of 3–5 members with incomes, a needs inventory and consent, each
with its own Idempotency-Key — at a fixed concurrency, and reports throughput and latency. The last
line of output is one JSON object:
{"bench": "intake", "submissions": …, "submissions_per_s": …, "p50_ms": …, "p99_ms": …, …}
with, under "cpu_ms_per_submission", the CPU time each service process spent per submission.

    .venv/bin/python bench/intake/run.py [--submissions 10000] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from jiuzhu_kit import resident_id  # noqa: E402
from jiuzhu_kit.testing import bearer  # noqa: E402
from tests.harness import drop_databases, start_stack  # noqa: E402

TOWNSHIPS = ["431028206", "430211102", "431022115", "430203001"]
RELATIONS = ["spouse", "child", "child", "parent"]
NEEDS = ["basic_living", "rehabilitation", "care", "health", "education", "employment"]
SEED = 20261128


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux /proc), or None where unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu() -> float:
    """CPU seconds used so far by the PostgreSQL processes of this machine (backends live as long
    as the pools' connections, so the difference over a phase is the server's share)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        if "(postgres)" in text or "(postmaster)" in text:
            fields = text.rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def machine_cpu() -> float:
    """CPU seconds the whole machine spent busy so far (all cores; /proc/stat)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


async def checks_back(stack: Any) -> int | None:
    """Applications whose economic check verification has already answered: the downstream work
    each submission starts (outbox → verification → intake) that was done within the run."""
    database = next((d for d in stack.databases if d.startswith("e2e_intake")), None)
    server = os.environ["TEST_POSTGRES_URL"].rstrip("/")
    if database is None:
        return None
    conn = await asyncpg.connect(f"{server}/{database}")
    try:
        return int(
            await conn.fetchval("SELECT count(*) FROM application WHERE check_id IS NOT NULL")
        )
    finally:
        await conn.close()


async def check_pipeline(stack: Any) -> dict[str, int] | None:
    """Where the checks of the run stand at its end: requests still in intake's outbox, reports
    verification has made, answers still in verification's outbox. A queue that grows in one
    place names the stage that does not keep up."""
    server = os.environ["TEST_POSTGRES_URL"].rstrip("/")
    intake = next((d for d in stack.databases if d.startswith("e2e_intake")), None)
    verification = next((d for d in stack.databases if d.startswith("e2e_verification")), None)
    if intake is None or verification is None:
        return None
    waiting = (
        "SELECT count(*) FROM outbox_event WHERE topic = $1 AND delivered_at IS NULL"
        " AND failed_at IS NULL"
    )
    conn = await asyncpg.connect(f"{server}/{intake}")
    try:
        requests_waiting = int(await conn.fetchval(waiting, "check.requested"))
    finally:
        await conn.close()
    conn = await asyncpg.connect(f"{server}/{verification}")
    try:
        made = int(await conn.fetchval("SELECT count(*) FROM economic_check"))
        answers_waiting = int(await conn.fetchval(waiting, "check.completed"))
    finally:
        await conn.close()
    return {
        "requests_waiting_in_intake": requests_waiting,
        "checks_made": made,
        "answers_waiting_in_verification": answers_waiting,
    }


def statement_kind(statement: str) -> str:
    """A SQL statement's verb, and its table for an INSERT: what the in-process benches count."""
    words = statement.split(None, 3)
    verb = words[0].upper() if words else "?"
    if verb == "INSERT" and len(words) > 2:
        return f"INSERT {words[2]}"
    return verb


def service_cpu(stack: Any) -> dict[str, float | None]:
    """CPU seconds used so far by each service process the harness started, by PostgreSQL, by this
    load generator and by the machine as a whole."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        **{
            name: cpu_seconds(proc.process.pid) if proc.process is not None else None
            for name, proc in stack.processes.items()
        },
        "postgres": postgres_cpu(),
        "load_generator": usage.ru_utime + usage.ru_stime,
        "machine": machine_cpu(),
    }


def submission(rng: random.Random, n: int) -> dict[str, Any]:
    """The n-th synthetic application: IDs are unique across the run by construction."""
    township = TOWNSHIPS[n % len(TOWNSHIPS)]
    size = rng.randint(3, 5)
    members = []
    for i in range(size):
        serial = n * 5 + i
        born = date(1940, 1, 1) + timedelta(days=serial // 1000)
        member: dict[str, Any] = {
            "name": f"成员{n}-{i}",
            "id_number": resident_id.make(township[:6], born, serial % 1000),
            "relation": "head" if i == 0 else RELATIONS[i - 1],
        }
        if i < 2:
            member["incomes"] = [
                {"type": "wage", "monthly_yuan": f"{rng.randint(0, 3000)}.{rng.randint(0, 99):02d}"}
            ]
        members.append(member)
    return {
        "kind": "minimum_living",
        "household": {
            "region_code": township,
            "address": f"{township} 第{n % 30 + 1}组",
            "registration": rng.choice(["urban", "rural"]),
            "members": members,
        },
        "needs": [
            {"category": rng.choice(NEEDS), "text": "需要帮助", "urgency": "normal"}
            for _ in range(rng.randint(1, 3))
        ],
        "consent": {"granted_by": "subject", "signer_name": members[0]["name"]},
    }


async def run(submissions: int, concurrency: int, warmup: int) -> dict[str, Any]:
    os.environ.setdefault("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
    rng = random.Random(SEED)
    bodies = [
        json.dumps(submission(rng, n), ensure_ascii=False).encode()
        for n in range(submissions + warmup)
    ]
    headers = bearer("caseworker", region="43", subject="bench-caseworker", ttl_s=3600)
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as work:
        # One caller sends every submission: its token bucket (100/s by default, per client) would
        # refuse the benchmark, which measures the submission path, not the limit.
        unlimited = {"GATEWAY_RATE_LIMIT_PER_S": "100000", "GATEWAY_RATE_LIMIT_BURST": "100000"}
        stack = await start_stack(Path(work), extra_env=unlimited)
        try:
            # aiohttp, with the bodies serialized beforehand: the load generator shares the two
            # cores with the suite, and every millisecond it spends is taken from the services.
            connector = aiohttp.TCPConnector(limit=concurrency)
            async with aiohttp.ClientSession(
                base_url=stack.gateway_url,
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=30),
                headers={**headers, "Content-Type": "application/json"},
            ) as client:
                latencies: list[float] = []
                finished: list[float] = []
                errors: dict[int, int] = {}
                queue: asyncio.Queue[bytes | None] = asyncio.Queue()

                async def worker(record: bool) -> None:
                    while (body := await queue.get()) is not None:
                        started = time.perf_counter()
                        async with client.post(
                            "/v1/applications",
                            data=body,
                            headers={"Idempotency-Key": str(uuid.uuid4())},
                        ) as response:
                            await response.read()
                        elapsed = time.perf_counter() - started
                        if response.status != 201:
                            errors[response.status] = errors.get(response.status, 0) + 1
                        elif record:
                            latencies.append(elapsed)
                            finished.append(started + elapsed)

                async def phase(items: list[bytes], record: bool) -> float:
                    for item in items:
                        queue.put_nowait(item)
                    for _ in range(concurrency):
                        queue.put_nowait(None)
                    started = time.perf_counter()
                    await asyncio.gather(*(worker(record) for _ in range(concurrency)))
                    return time.perf_counter() - started

                await phase(bodies[:warmup], record=False)
                errors.clear()
                cpu_before = service_cpu(stack)
                wall = await phase(bodies[warmup:], record=True)
                cpu_after = service_cpu(stack)
                checked = await checks_back(stack)
                pipeline = await check_pipeline(stack)
        finally:
            stack.shutdown()
            await drop_databases(stack)
    latencies.sort()
    ok = len(latencies)
    # Throughput over each tenth of the run: a rate that falls as the tables grow points at a
    # query whose cost grows with them.
    finished.sort()
    tenth = max(1, ok // 10)
    deciles = [
        round(tenth / (finished[i + tenth - 1] - (finished[i - 1] if i else finished[0] - 1e-9)), 1)
        for i in range(0, ok - tenth + 1, tenth)
    ]
    # CPU per submission of each process (the outbox relay and peers' events included): on a
    # shared machine this says more about a change than the wall-clock figures do.
    cpu_ms = {
        name: round((after - before) * 1000 / ok, 2)
        for name, after in cpu_after.items()
        if ok and after is not None and (before := cpu_before.get(name)) is not None
    }
    return {
        "bench": "intake",
        "submissions": ok,
        "submissions_per_s": round(ok / wall, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1) if ok else None,
        "p99_ms": round(latencies[min(ok - 1, int(ok * 0.99))] * 1000, 1) if ok else None,
        "concurrency": concurrency,
        "errors": errors,
        "wall_s": round(wall, 1),
        "checks_back_by_end": checked,
        "check_pipeline_by_end": pipeline,
        "per_s_by_tenth": deciles,
        "cpu_ms_per_submission": cpu_ms,
        "target": {"submissions_per_s": 200, "p99_ms": 150},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--submissions", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--warmup", type=int, default=200)
    args = parser.parse_args()
    result = asyncio.run(run(args.submissions, args.concurrency, args.warmup))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
