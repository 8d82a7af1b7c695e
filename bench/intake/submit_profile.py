"""Profile intake's submit path in-process: CPU ms and SQL statements per submission.

The end-to-end bench (run.py) measures wall-clock throughput through the gateway on a loaded
machine, which is noisy; this runs intake alone (ASGI, no HTTP server, no gateway, outbox relay off)
on a fresh migrated database and reports the process CPU time and the number of SQL statements per
submission, the figures a change to the submit path should move. The bodies are run.py's.

    TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432 \\
        .venv/bin/python bench/intake/submit_profile.py [--submissions 1000] [--cprofile out.prof]
"""

from __future__ import annotations

import argparse
import asyncio
import asyncio.selector_events
import cProfile
import json
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from bench.intake.run import SEED, statement_kind, submission  # noqa: E402
from intake.main import build_app  # noqa: E402
from intake.settings import IntakeSettings  # noqa: E402
from jiuzhu_kit.testing import app_client, bearer, migrated_database  # noqa: E402

SERVICE_DIR = ROOT / "services/intake"


class _Writes:
    """Counts writes to sockets: in-process only the database connections use them (round trips)."""

    count = 0

    @classmethod
    def install(cls) -> None:
        transport = getattr(asyncio.selector_events, "_SelectorSocketTransport")  # noqa: B009
        original = transport.write

        def write(self: Any, data: Any) -> None:
            cls.count += 1
            original(self, data)

        transport.write = write


async def _submit_all(
    client: httpx.AsyncClient, bodies: list[dict[str, Any]], concurrency: int
) -> dict[int, int]:
    headers = bearer("caseworker", region="43", subject="bench-caseworker", ttl_s=3600)
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    statuses: Counter[int] = Counter()

    async def worker() -> None:
        while not queue.empty():
            body = queue.get_nowait()
            response = await client.post(
                "/v1/applications",
                json=body,
                headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
            )
            statuses[response.status_code] += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return dict(statuses)


async def run(submissions: int, concurrency: int, warmup: int, profile_to: str | None) -> None:
    rng = random.Random(SEED)
    bodies = [submission(rng, n) for n in range(submissions + warmup)]
    with tempfile.TemporaryDirectory(prefix="profile-intake-") as work:
        async with migrated_database("intake", SERVICE_DIR, Path(work)) as url:
            settings = IntakeSettings(
                database_url=url, environment="test", outbox_relay_enabled=False
            )
            app = build_app(settings)
            async with app_client(app) as client:
                await _submit_all(client, bodies[:warmup], concurrency)
                statements: Counter[str] = Counter()

                def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                    statements[statement_kind(statement)] += 1

                sync_engine = app.state.engine.sync_engine
                event.listen(sync_engine, "before_cursor_execute", count)
                profiler = cProfile.Profile(time.process_time) if profile_to else None
                writes = _Writes.count
                cpu, wall = time.process_time(), time.perf_counter()
                if profiler:
                    profiler.enable()
                statuses = await _submit_all(client, bodies[warmup:], concurrency)
                if profiler and profile_to:
                    profiler.disable()
                    profiler.dump_stats(profile_to)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                event.remove(sync_engine, "before_cursor_execute", count)
                writes = _Writes.count - writes
    result = {
        "bench": "intake-profile",
        "database": url.split("://", 1)[0],
        "submissions": submissions,
        "statuses": statuses,
        "cpu_ms_per_submission": round(cpu * 1000 / submissions, 2),
        "wall_s": round(wall, 2),
        "db_writes_per_submission": round(writes / submissions, 2),
        "statements_per_submission": round(sum(statements.values()) / submissions, 2),
        "statements": {k: round(v / submissions, 2) for k, v in statements.most_common()},
    }
    print(json.dumps(result, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--cprofile", help="write cProfile stats of the measured phase here")
    args = parser.parse_args()
    _Writes.install()
    asyncio.run(run(args.submissions, args.concurrency, args.warmup, args.cprofile))


if __name__ == "__main__":
    main()
