"""Service records: person-times by project and period, hotline calls (红棉守护热线), CSV export."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

import httpx

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
