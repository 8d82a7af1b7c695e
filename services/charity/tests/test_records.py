"""Service records: person-times by project and period, hotline calls (红棉守护热线), CSV export."""

from __future__ import annotations

import asyncio
import csv
import io
import uuid
from collections.abc import MutableMapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import insert

from charity.records.models import ServiceRecord
from jiuzhu_kit.testing import bearer


async def test_hotline_calls_and_services_are_summarized_and_exported(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org = await api.organization("social_organization", "440117", ["440117"])
    me = bearer("charity_partner", organization_id=org["id"])
    hotline = await api.resource(
        org["id"],
        kind="hotline",
        name="红棉守护热线",
        category="psychological",
        benefit_kind="hotline",
    )
    canteen = await api.resource(
        org["id"], kind="project", name="幸福食堂", category="basic_living", benefit_kind="meal"
    )
    for minutes in (12, 30):
        call = await client.post(
            "/v1/service-records/hotline-calls",
            json={
                "resource_id": hotline["id"],
                "region_code": "440117001",
                "received_at": "2026-11-27T21:30:00+08:00",
                "duration_minutes": minutes,
                "topic": "psychological",
                "caller_phone": "13912345678",
            },
            headers=me,
        )
        assert call.status_code == 201, call.text
        assert call.json()["details"]["caller_phone"] == "139****5678"
    meals = await client.post(
        "/v1/service-records",
        json={
            "organization_id": org["id"],
            "resource_id": canteen["id"],
            "service_type": "meal",
            "region_code": "440117001",
            "person_times": 40,
            "served_on": "2026-11-27",
        },
        headers=me,
    )
    assert meals.status_code == 201
    by_project = (
        await client.get(
            "/v1/service-records/summary", params={"organization_id": org["id"]}, headers=me
        )
    ).json()
    assert by_project["rows"] == [
        {"key": "幸福食堂", "person_times": 40, "records": 1},
        {"key": "红棉守护热线", "person_times": 2, "records": 2},
    ]
    assert by_project["total_person_times"] == 42
    by_period = (
        await client.get(
            "/v1/service-records/summary",
            params={"organization_id": org["id"], "by": "period"},
            headers=me,
        )
    ).json()
    assert by_period["rows"] == [{"key": "2026-11", "person_times": 42, "records": 3}]
    export = await client.get(
        "/v1/service-records/export", params={"organization_id": org["id"]}, headers=me
    )
    assert export.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert sorted(r["service_type"] for r in rows) == ["hotline_call", "hotline_call", "meal"]
    other = bearer("charity_partner", organization_id=str(uuid.uuid4()))
    assert (
        await client.get(
            "/v1/service-records/summary", params={"organization_id": org["id"]}, headers=other
        )
    ).status_code == 403


async def test_bad_service_records_are_refused(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    org = await api.organization("social_organization", "440117", ["440117"])
    me = bearer("charity_partner", organization_id=org["id"])
    not_hotline = await api.resource(
        org["id"], kind="project", category="care", benefit_kind="haircut"
    )
    call = await client.post(
        "/v1/service-records/hotline-calls",
        json={
            "resource_id": not_hotline["id"],
            "region_code": "440117001",
            "received_at": "2026-11-29T21:30:00+08:00",
            "duration_minutes": 5,
            "topic": "care",
        },
        headers=me,
    )
    assert call.status_code == 422
    assert {e["field"] for e in call.json()["errors"]} == {"resource_id", "received_at"}
    ahead = await client.post(
        "/v1/service-records",
        json={
            "organization_id": org["id"],
            "service_type": "meal",
            "region_code": "440117001",
            "person_times": 1,
            "served_on": "2026-12-30",
        },
        headers=me,
    )
    assert ahead.status_code == 422 and ahead.json()["errors"][0]["field"] == "served_on"


async def test_the_csv_export_keeps_its_columns_order_and_quoting(
    client: httpx.AsyncClient, api: Any, clock: Any
) -> None:
    """Byte for byte what the export wrote before it was streamed (Excel dialect, CRLF)."""
    org = await api.organization("social_organization", "440117", ["440117"])
    me = bearer("charity_partner", organization_id=org["id"])
    canteen = await api.resource(
        org["id"], kind="project", name="幸福食堂, 午餐", benefit_kind="meal"
    )
    created = []
    for served_on, resource, times in (
        ("2026-11-27", canteen["id"], 40),
        ("2026-10-03", None, 3),
    ):
        body = {
            "organization_id": org["id"],
            "service_type": "meal",
            "region_code": "440117001",
            "person_times": times,
            "served_on": served_on,
        } | ({"resource_id": resource} if resource else {})
        created.append(await api.ok("POST", "/v1/service-records", me, json=body))
    export = await client.get(
        "/v1/service-records/export", params={"organization_id": org["id"]}, headers=me
    )
    assert export.status_code == 200
    assert export.headers["content-type"] == "text/csv; charset=utf-8"
    assert export.headers["content-disposition"] == 'attachment; filename="service-records.csv"'
    october, november = created[1], created[0]
    assert export.content.decode("utf-8") == (
        "id,organization_id,resource_id,project,service_type,channel,region_code,person_times,"
        "served_on,period\r\n"
        f"{october['id']},{org['id']},,{org['name']},meal,walk_in,440117001,3,2026-10-03,2026-10\r\n"
        f'{november["id"]},{org["id"]},{canteen["id"]},"幸福食堂, 午餐",meal,walk_in,440117001,40,'
        "2026-11-27,2026-11\r\n"
    )
    empty = await client.get(
        "/v1/service-records/export",
        params={"organization_id": org["id"], "date_from": "2026-12-01"},
        headers=me,
    )
    assert empty.text.count("\r\n") == 1, "the header alone"
    backwards = await client.get(
        "/v1/service-records/export",
        params={"organization_id": org["id"], "date_from": "2026-12-01", "date_to": "2026-11-01"},
        headers=me,
    )
    assert backwards.status_code == 422, "a refusal is still a problem, not a broken stream"
    assert backwards.headers["content-type"] == "application/problem+json"


async def test_a_large_export_streams_in_chunks_and_loses_no_row(
    app: FastAPI, client: httpx.AsyncClient, api: Any
) -> None:
    """20,000 records leave in many chunks, every one once, in the list's order."""
    org = await api.organization("social_organization", "440117", ["440117"])
    rows = 20_000
    async with app.state.sessions() as session, session.begin():
        await session.execute(
            insert(ServiceRecord),
            [
                {
                    "id": uuid.uuid4(),
                    "organization_id": uuid.UUID(org["id"]),
                    "project": "幸福食堂",
                    "service_type": "meal",
                    "channel": "walk_in",
                    "region_code": "440117001",
                    "person_times": 1 + i % 7,
                    "served_on": date(2026, 1, 1) + timedelta(days=i % 300),
                    "period": "2026-xx",
                    "details": {},
                    "recorded_by": "test",
                    "created_at": datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=i),
                }
                for i in range(rows)
            ],
        )
    chunks, headers = await _asgi_get(
        app,
        "/v1/service-records/export",
        f"organization_id={org['id']}",
        bearer("charity_partner", organization_id=org["id"]),
    )
    assert headers[b"content-type"] == b"text/csv; charset=utf-8"
    assert b"content-length" not in headers, "streamed, not buffered"
    assert len(chunks) > 10, f"{len(chunks)} chunk(s)"
    lines = list(csv.reader(io.StringIO(b"".join(chunks).decode("utf-8"))))
    assert len(lines) == rows + 1
    ids = [line[0] for line in lines[1:]]
    assert len(set(ids)) == rows
    served = [line[8] for line in lines[1:]]
    assert served == sorted(served)
    assert sum(int(line[7]) for line in lines[1:]) == sum(1 + i % 7 for i in range(rows))


async def _asgi_get(
    app: FastAPI, path: str, query: str, headers: dict[str, str]
) -> tuple[list[bytes], dict[bytes, bytes]]:
    """GET through the ASGI interface itself, keeping each body message the app sends
    (httpx's ASGI transport would join them)."""
    chunks: list[bytes] = []
    start: dict[bytes, bytes] = {}
    requested, done = False, asyncio.Event()

    async def receive() -> dict[str, Any]:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await done.wait()  # the client stays connected until the whole body has arrived
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            assert message["status"] == 200
            start.update(dict(message["headers"]))
        elif message["type"] == "http.response.body":
            if message.get("body"):
                chunks.append(message["body"])
            if not message.get("more_body"):
                done.set()

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"testserver")]
        + [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 1234),
        "server": ("testserver", 80),
    }
    await app(scope, receive, send)
    return chunks, start
