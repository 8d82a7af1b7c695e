"""`decision.requested` from intake is decided once and answered with `decision.made` via the outbox."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import select

from jiuzhu_kit.db import create_engine
from jiuzhu_kit.testing import bearer
from matching.db import OutboxEvent
from tests.rule_cases import load_cases

SERVICE = bearer("service", subject="intake", kind="service")
XIAO = next(f for n, f, _ in load_cases() if "case 3" in n)


def envelope(payload: dict[str, Any], event_id: uuid.UUID | None = None) -> dict[str, Any]:
    return {
        "id": str(event_id or uuid.uuid4()),
        "topic": "decision.requested",
        "source": "intake",
        "occurred_at": datetime.now(UTC).isoformat(),
        "payload": payload,
    }


async def _decision_made(database_url: str, application_id: str) -> list[dict[str, Any]]:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(OutboxEvent.payload, OutboxEvent.destination).where(
                    OutboxEvent.topic == "decision.made"
                )
            )
            return [
                {**r.payload, "destination": r.destination}
                for r in rows
                if r.payload["application_id"] == application_id
            ]
    finally:
        await engine.dispose()


async def test_decision_requested_is_decided_once_and_answered(
    client: httpx.AsyncClient, database_url: str
) -> None:
    application_id = str(uuid.uuid4())
    payload = {
        "application_id": application_id,
        "household_id": str(uuid.uuid4()),
        "kinds": ["dibao"],
        "facts": XIAO,
        "needs": [{"category": "psychological", "text": "心理疏导"}],
    }
    first = envelope(payload)
    applied = await client.post("/internal/events", json=first, headers=SERVICE)
    assert applied.status_code == 200 and applied.json()["applied"] is True
    # The same event again, and the same request under a new event id: still one decision.
    again = await client.post("/internal/events", json=first, headers=SERVICE)
    assert again.json()["duplicate"] is True
    resent = await client.post("/internal/events", json=envelope(payload), headers=SERVICE)
    assert resent.status_code == 200
    listed = await client.get(f"/v1/decisions?application_id={application_id}", headers=SERVICE)
    assert listed.json()["total"] == 1
    made = await _decision_made(database_url, application_id)
    assert len(made) == 1
    event = made[0]
    assert event["destination"] == "intake"
    assert (event["circle"], event["group"]) == (2, "dibao")
    assert event["decision_id"] == listed.json()["items"][0]["id"]
    dibao = next(p for p in event["policies"] if p["code"] == "dibao")
    assert set(dibao) == {
        "code",
        "name_zh",
        "name_en",
        "eligible",
        "amount_monthly_yuan",
        "amount_once_yuan",
        "exclusion_group",
        "excluded_by",
        "explanation_zh",
    }
    assert event["uncovered_needs"] == [
        {"category": "psychological", "text": "心理疏导", "urgency": "normal", "person_id": None}
    ]
    assert "最低生活保障" in event["explanation_zh"]


async def test_a_request_missing_a_fact_is_refused_naming_it(client: httpx.AsyncClient) -> None:
    facts = dict(XIAO, members=[{k: v for k, v in XIAO["members"][0].items() if k != "age"}])
    payload = {
        "application_id": str(uuid.uuid4()),
        "household_id": None,
        "facts": facts,
        "needs": [],
    }
    response = await client.post("/internal/events", json=envelope(payload), headers=SERVICE)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "payload.facts.members.0.age"


async def test_only_services_post_events(client: httpx.AsyncClient) -> None:
    payload = {"application_id": str(uuid.uuid4()), "facts": XIAO}
    response = await client.post(
        "/internal/events", json=envelope(payload), headers=bearer("caseworker")
    )
    assert response.status_code == 403
