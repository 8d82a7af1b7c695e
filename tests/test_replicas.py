"""Two replicas of intake and of verification on the same databases: each event delivered once,
applied once, and nothing lost when a replica is killed mid-flow."""

import asyncio
import json
import os
from datetime import date
from functools import partial
from pathlib import Path

import httpx
import pytest

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import ServiceProcess, Stack, eventually, free_port

# Several replicas share a PostgreSQL database; SQLite is the embedded single-process default.
pytestmark = pytest.mark.skipif(
    not os.environ.get("TEST_POSTGRES_URL"), reason="replicas need the shared PostgreSQL databases"
)

CASEWORKER = bearer("caseworker", region="431028", subject="replica-caseworker")
ADMIN = bearer("admin")


def application(seq: int) -> dict:
    return {
        "kind": "minimum_living",
        "household": {
            "region_code": "431028206",
            "address": f"柏叶村 {seq} 号",
            "registration": "rural",
            "members": [
                {
                    "name": f"副本{seq}",
                    "id_number": resident_id.make(
                        "431028", date(1961, 1 + seq % 12, 1 + seq % 28), seq
                    ),
                    "relation": "head",
                }
            ],
        },
        "needs": [{"category": "basic_living", "text": "生活困难", "urgency": "normal"}],
        "consent": {"granted_by": "subject", "signer_name": f"副本{seq}"},
    }


def event_posts(log: Path, since: int) -> int:
    """Events a service received (alone or in a batch), by its log from byte offset `since`."""
    with log.open("rb") as handle:
        handle.seek(since)
        text = handle.read().decode("utf-8", errors="replace")
    count = 0
    for raw in text.splitlines():
        if raw.startswith("{"):
            record = json.loads(raw)
            count += record.get("logger") == "jiuzhu_kit.outbox" and record.get("outcome") in (
                "applied",
                "duplicate",
            )
    return count


async def checked_once(client: httpx.AsyncClient, app_id: str) -> bool:
    timeline = await client.get(f"/v1/applications/{app_id}/timeline", headers=CASEWORKER)
    events = [e["event"] for e in timeline.json()]
    assert events.count("check_completed") <= 1, events
    return events.count("check_completed") == 1


async def submit(client: httpx.AsyncClient, seq: int) -> str:
    response = await client.post("/v1/applications", json=application(seq), headers=CASEWORKER)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


@pytest.mark.process_control
async def test_replicas_share_the_work_and_a_killed_replica_loses_nothing(
    stack: Stack, tmp_path_factory: pytest.TempPathFactory
) -> None:
    work = tmp_path_factory.mktemp("replicas")
    intake_a, verification_a = stack.processes["intake"], stack.processes["verification"]
    verification_b = ServiceProcess(
        "verification", free_port(), dict(verification_a.env), work / "verification-b.log"
    )
    intake_b = ServiceProcess("intake", free_port(), dict(intake_a.env), work / "intake-b.log")
    # Each replica reaches "its" peer, as a Service would spread calls; the databases are shared.
    intake_b.env["INTAKE_VERIFICATION_URL"] = verification_b.url
    verification_b.env["VERIFICATION_INTAKE_URL"] = intake_b.url
    for replica in (verification_b, intake_b):
        replica.start()
    try:
        await asyncio.gather(verification_b.wait_ready(), intake_b.wait_ready())
        logs = [verification_a.log_path, verification_b.log_path]
        intake_logs = [intake_a.log_path, intake_b.log_path]
        offsets = {p: p.stat().st_size for p in logs + intake_logs}
        async with (
            httpx.AsyncClient(base_url=intake_a.url, timeout=30) as a,
            httpx.AsyncClient(base_url=intake_b.url, timeout=30) as b,
        ):
            # Phase 1: both replicas take submissions; every event reaches its peer once.
            ids = [await submit(a if i % 2 else b, 300 + i) for i in range(10)]
            for app_id in ids:
                await eventually(partial(checked_once, b, app_id), timeout_s=60)

            async def settled() -> bool:
                pending = (await b.get("/internal/outbox", headers=ADMIN)).json()["pending"]
                return not pending

            await eventually(settled, timeout_s=60)
            to_verification = sum(event_posts(p, offsets[p]) for p in logs)
            to_intake = sum(event_posts(p, offsets[p]) for p in intake_logs)
            # FOR UPDATE SKIP LOCKED: two relays never send the same row.
            assert to_verification == 2 * len(ids)  # household.declared + check.requested
            assert to_intake == len(ids)  # check.completed

            # Phase 2: replica A takes work and is killed at once; replica B finishes it.
            killed = [await submit(a, 340 + i) for i in range(6)]
            assert intake_a.process is not None
            intake_a.process.kill()
            intake_a.process.wait()
            intake_a.process = None
            for app_id in killed:
                await eventually(partial(checked_once, b, app_id), timeout_s=90)
            async with httpx.AsyncClient(base_url=verification_b.url, timeout=30) as v:
                for app_id in killed + ids:
                    checks = await v.get(
                        "/v1/checks", params={"application_id": app_id}, headers=CASEWORKER
                    )
                    assert checks.status_code == 200, checks.text
                    body = checks.json()
                    items = body["items"] if isinstance(body, dict) else body
                    assert len(items) == 1, f"{app_id}: {len(items)} checks"
    finally:
        intake_b.stop()
        verification_b.stop()
        if intake_a.process is None:
            await stack.start("intake")
