"""Every read of unmasked personal data through the gateway is in the append-only audit log."""

from __future__ import annotations

import uuid
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import text
from standin import KNOWN_HOUSEHOLD

from jiuzhu_kit.db import create_engine
from jiuzhu_kit.testing import bearer

AUDITOR = bearer("auditor", subject="test-auditor")


async def audit_of(client: httpx.AsyncClient, **params: str) -> list[dict]:
    response = await client.get("/v1/audit", params=params, headers=AUDITOR)
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_a_caseworker_reading_a_household_is_audited_with_purpose_and_request_id(
    client: httpx.AsyncClient,
) -> None:
    subject = f"cw-{uuid.uuid4().hex[:6]}"
    reader = bearer("caseworker", subject=subject, region="431028")
    request_id = f"audit-{uuid.uuid4().hex[:8]}"
    read = await client.get(
        f"/v1/households/{KNOWN_HOUSEHOLD}",
        headers={**reader, "X-Purpose": quote("home visit 入户调查"), "X-Request-ID": request_id},
    )
    assert read.status_code == 200
    [entry] = await audit_of(client, subject=subject)
    assert entry["path"] == f"/v1/households/{KNOWN_HOUSEHOLD}"
    assert entry["purpose"] == "home visit 入户调查"
    assert entry["request_id"] == request_id
    assert entry["roles"] == ["caseworker"] and entry["service"] == "intake"
    assert (await audit_of(client, request_id=request_id)) == [entry]


@pytest.mark.parametrize(
    ("role", "path"),
    [
        ("applicant", f"/v1/households/{KNOWN_HOUSEHOLD}"),  # applicants get masked data
        ("caseworker", "/v1/policies"),  # no personal data there
        ("caseworker", "/v1/households/00000000-0000-4000-8000-000000000000"),  # 404: nothing read
    ],
)
async def test_reads_without_unmasked_personal_data_are_not_audited(
    client: httpx.AsyncClient, role: str, path: str
) -> None:
    subject = f"{role}-{uuid.uuid4().hex[:6]}"
    await client.get(path, headers=bearer(role, subject=subject, region="431028"))
    assert await audit_of(client, subject=subject) == []


async def test_the_overview_is_audited_for_roles_that_see_unmasked_data(
    client: httpx.AsyncClient,
) -> None:
    subject = f"rv-{uuid.uuid4().hex[:6]}"
    response = await client.get(
        f"/v1/households/{KNOWN_HOUSEHOLD}/overview",
        headers={**bearer("reviewer", subject=subject, region="431028"), "X-Purpose": "review"},
    )
    assert response.status_code == 200
    [entry] = await audit_of(client, subject=subject)
    assert entry["path"].endswith("/overview") and entry["purpose"] == "review"


async def test_the_audit_log_refuses_changes_in_the_database(
    client: httpx.AsyncClient, database_url: str
) -> None:
    await client.get(f"/v1/households/{KNOWN_HOUSEHOLD}", headers=bearer("admin", subject="adm-x"))
    engine = create_engine(database_url)
    try:
        for statement in (
            "UPDATE audit_entry SET purpose = 'covered up'",
            "DELETE FROM audit_entry",
        ):
            with pytest.raises(Exception, match="append-only"):
                async with engine.begin() as conn:
                    await conn.execute(text(statement))
    finally:
        await engine.dispose()
    assert await audit_of(client, subject="adm-x")


async def test_audit_times_need_a_timezone(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/v1/audit", params={"since": "2026-11-28T08:00:00"}, headers=AUDITOR
    )
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "since"
