"""Profile verification's check pipeline in-process: CPU and SQL statements per check event.

The intake bench (bench/intake/run.py) runs the whole suite on a shared machine, where
verification's share is hard to see and most checks finish after the run. This feeds verification
alone (ASGI, no HTTP server, outbox relay off) on a fresh migrated database with the events intake
sends for run.py's submissions — per submission a `household.declared` and a `check.requested`, in
relay-sized batches on `/internal/events/batch`, as intake's relay posts them — after loading
partner records for every member, and reports the process CPU time, the PostgreSQL CPU and the SQL
statements per submission (one household and one check; the `check.completed` written to the
outbox is included, its delivery is not). The last line of output is one JSON object.

    .venv/bin/python bench/checks/run.py [--submissions 3000] [--cprofile out.prof]

On PostgreSQL at TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432); `--sqlite` instead.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, insert, text  # noqa: E402

from bench.intake.run import SEED, postgres_cpu, statement_kind, submission  # noqa: E402
from jiuzhu_kit import pii, resident_id  # noqa: E402
from jiuzhu_kit.testing import app_client, bearer, migrated_database  # noqa: E402
from verification.main import build_app  # noqa: E402
from verification.records.models import PartnerRecord  # noqa: E402
from verification.settings import VerificationSettings  # noqa: E402

SERVICE_DIR = ROOT / "services/verification"
RELAY_BATCH = 50  # jiuzhu_kit.relay.OutboxRelay's default batch_size
SCOPE = ["income", "assets", "expenditure", "life_events"]


def _period(today: date) -> dict[str, str]:
    """intake's check period: the 12 full months before the current one."""
    first = today.replace(day=1)
    return {
        "from": date(first.year - 1, first.month, 1).isoformat(),
        "to": (first - timedelta(days=1)).isoformat(),
    }


def _events(body: dict[str, Any], pii_key: str, period: dict[str, str]) -> list[dict[str, Any]]:
    """What intake's outbox sends verification for one submission (docs/contracts.md)."""
    household = body["household"]
    household_id = str(uuid.uuid4())
    members = household["members"]
    numbers = [resident_id.parse(m["id_number"]).number for m in members]
    declared = {
        "household_id": household_id,
        "region_code": household["region_code"],
        "version": 1,
        "member_indexes": [pii.blind_index(n, pii_key) for n in numbers],
    }
    request = {
        "application_id": str(uuid.uuid4()),
        "household_id": household_id,
        "household_version": 1,
        "region_code": household["region_code"],
        "registration": household["registration"],
        "consent": {
            "consent_id": str(uuid.uuid4()),
            "granted_by": "subject",
            "granted_at": datetime.now(UTC).isoformat(),
            "scope": SCOPE,
        },
        "period": period,
        "members": [
            {
                "member_id": str(uuid.uuid4()),
                "id_number": m["id_number"],
                "name": m["name"],
                "relation": m["relation"],
                "birth_date": resident_id.parse(m["id_number"]).birth_date.isoformat(),
                "sex": resident_id.parse(m["id_number"]).sex,
                "co_resident": True,
                "employment": "farming",
            }
            for m in members
        ],
        "declared": {
            "incomes": [
                {"id_number": m["id_number"], "type": i["type"], "monthly_yuan": i["monthly_yuan"]}
                for m in members
                for i in m.get("incomes", [])
            ],
            "assets": [],
        },
    }
    now = datetime.now(UTC).isoformat()
    return [
        {
            "id": str(uuid.uuid4()),
            "topic": topic,
            "source": "intake",
            "occurred_at": now,
            "payload": payload,
            "trace": {},
        }
        for topic, payload in (("household.declared", declared), ("check.requested", request))
    ]


def _records(
    rng: random.Random, indexes: list[str], period: dict[str, str], per_person: int
) -> list[dict[str, Any]]:
    """Partner records for the members: a monthly wage over the period, a deposit, a medical bill."""
    start, end = date.fromisoformat(period["from"]), date.fromisoformat(period["to"])
    rows = []
    for index in indexes:
        for k in range(per_person):
            kind, type_, amount = [
                ("income", "wage", Decimal(rng.randint(0, 36000))),
                ("asset", "deposit", Decimal(rng.randint(0, 20000))),
                ("expenditure", "medical_out_of_pocket", Decimal(rng.randint(0, 5000))),
            ][k % 3]
            rows.append(
                {
                    "source": {"income": "tax", "asset": "banks"}.get(kind, "medical_insurance"),
                    "source_record_id": f"{index[:16]}-{k}",
                    "person_index": index,
                    "kind": kind,
                    "type": type_,
                    "amount_yuan": amount,
                    "effective_on": end - timedelta(days=k),
                    "period_from": start if kind == "income" else None,
                    "period_to": end if kind == "income" else None,
                    "attributes": None,
                    "content_hash": uuid.uuid4().hex,
                }
            )
    return rows


async def run(
    submissions: int, warmup: int, records_per_person: int, profile_to: str | None
) -> dict[str, Any]:
    rng = random.Random(SEED)
    bodies = [submission(rng, n) for n in range(submissions + warmup)]
    with tempfile.TemporaryDirectory(prefix="bench-checks-") as work:
        async with migrated_database("verification", SERVICE_DIR, Path(work)) as url:
            settings = VerificationSettings(
                database_url=url, environment="test", outbox_relay_enabled=False
            )
            period = _period(datetime.now(UTC).date())
            events = [e for b in bodies for e in _events(b, settings.pii_key, period)]
            records = [
                r
                for e in events
                if e["topic"] == "household.declared"
                for r in _records(rng, e["payload"]["member_indexes"], period, records_per_person)
            ]
            batches = [
                json.dumps({"events": events[i : i + RELAY_BATCH]}).encode()
                for i in range(0, len(events), RELAY_BATCH)
            ]
            split = warmup * 2 // RELAY_BATCH
            app = build_app(settings)
            headers = {**bearer("service", kind="service"), "Content-Type": "application/json"}
            async with app_client(app) as client:
                engine = app.state.engine
                async with engine.begin() as conn:
                    for i in range(0, len(records), 5000):
                        await conn.execute(insert(PartnerRecord), records[i : i + 5000])
                    if engine.dialect.name == "postgresql":
                        await conn.execute(text("ANALYZE"))
                statuses: Counter[int] = Counter()

                async def post(batch: bytes) -> None:
                    response = await client.post(
                        "/internal/events/batch", content=batch, headers=headers
                    )
                    response.raise_for_status()
                    statuses.update(r["status"] for r in response.json()["results"])

                for batch in batches[:split]:
                    await post(batch)
                statuses.clear()
                statements: Counter[str] = Counter()

                def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                    statements[statement_kind(statement)] += 1

                event.listen(engine.sync_engine, "before_cursor_execute", count)
                profiler = cProfile.Profile(time.process_time) if profile_to else None
                pg, cpu, wall = postgres_cpu(), time.process_time(), time.perf_counter()
                if profiler:
                    profiler.enable()
                for batch in batches[split:]:
                    await post(batch)
                if profiler and profile_to:
                    profiler.disable()
                    profiler.dump_stats(profile_to)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                pg = postgres_cpu() - pg
                event.remove(engine.sync_engine, "before_cursor_execute", count)
                async with engine.connect() as conn:
                    checks = (
                        await conn.execute(text("SELECT count(*) FROM economic_check"))
                    ).scalar_one()
                    completed = (
                        await conn.execute(
                            text(
                                "SELECT count(*) FROM outbox_event WHERE topic = 'check.completed'"
                            )
                        )
                    ).scalar_one()
    n = sum(statuses.values()) // 2  # the measured batches' events: two per submission
    return {
        "bench": "checks",
        "database": url.split("://", 1)[0].split("+")[0],
        "submissions": n,
        "records_per_person": records_per_person,
        "statuses": dict(statuses),
        "checks_stored": checks,
        "checks_completed_in_outbox": completed,
        "cpu_ms_per_submission": round(cpu * 1000 / n, 3),
        # Every PostgreSQL process of the machine: meaningful on a machine nothing else uses.
        "postgres_cpu_ms_per_submission": round(pg * 1000 / n, 3) if "postgres" in url else None,
        "submissions_per_s": round(n / wall, 1),
        "statements_per_submission": round(sum(statements.values()) / n, 2),
        "statements": {k: round(v / n, 2) for k, v in statements.most_common()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--submissions", type=int, default=3000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--records-per-person", type=int, default=3)
    parser.add_argument("--cprofile", help="write cProfile stats of the measured phase here")
    parser.add_argument("--sqlite", action="store_true", help="a SQLite file instead")
    args = parser.parse_args()
    if args.sqlite:
        os.environ.pop("TEST_POSTGRES_URL", None)
    else:
        os.environ.setdefault("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
    result = asyncio.run(run(args.submissions, args.warmup, args.records_per_person, args.cprofile))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
