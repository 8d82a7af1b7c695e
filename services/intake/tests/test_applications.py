"""Applying: consent before any check, bad input refused whole, idempotent POSTs, one open case per
person and kind — also when submissions race."""

import asyncio
import hashlib
import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy import String, func, insert, select, text, type_coerce
from sqlalchemy.ext.asyncio import AsyncEngine

from intake.clock import Clock, now
from intake.households.models import Member
from intake.idempotency.models import IdempotencyRecord
from intake.main import build_app
from intake.settings import IntakeSettings
from jiuzhu_kit.db import create_engine
from jiuzhu_kit.testing import (
    app_client,
    bearer,
    migrated_database,
    postgres_server_url,
    terminate_backends,
)

SERVICE_DIR = Path(__file__).resolve().parents[1]

CASEWORKER = bearer("caseworker", region="431028", subject="caseworker-anren")
CONSENT = {"granted_by": "subject", "signer_name": "张开发"}
DOCUMENT = {
    "kind": "medical_bill",
    "file_name": "住院发票.pdf",
    "media_type": "application/pdf",
    "size_bytes": 12_345,
    "sha256": "ab" * 32,
}


def application(ids: list[str], **extra: Any) -> dict[str, Any]:
    relations = ["head", "spouse", "child", "child", "parent"]
    return {
        "kind": "minimum_living",
        "household": {
            "region_code": "431028206",
            "address": "柏叶村 3 组",
            "registration": "rural",
            "members": [
                {
                    "name": f"成员{i}",
                    "id_number": n,
                    "relation": relations[i],
                    "incomes": [{"type": "wage", "monthly_yuan": "1300.50"}] if i == 0 else [],
                    "assets": [{"type": "deposit", "value_yuan": 8000}] if i == 0 else [],
                }
                for i, n in enumerate(ids)
            ],
        },
        "needs": [{"category": "basic_living", "text": "生活困难", "urgency": "high"}],
        "consent": CONSENT,
        **extra,
    }


async def count(engine: AsyncEngine, table: str) -> int:
    async with engine.connect() as conn:
        return int((await conn.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one())


async def test_a_submitted_application_asks_verification_for_a_check_with_the_consent(
    client: httpx.AsyncClient, person, outbox
) -> None:
    ids = [person(), person()]
    response = await client.post("/v1/applications", json=application(ids), headers=CASEWORKER)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["state"] == "verifying"
    assert body["channel"] == "caseworker"
    assert body["consent"]["signer_name"] == "张开发" and body["consent"]["revoked_at"] is None
    assert body["decision_due_at"] is not None
    [check] = await outbox("check.requested", body["id"])
    assert check["_to"] == "verification"
    assert check["consent"]["consent_id"] == body["consent"]["id"]
    assert check["consent"]["scope"] == ["income", "assets", "expenditure", "life_events"]
    assert [m["id_number"] for m in check["members"]] == ids
    assert check["declared"]["incomes"] == [
        {"id_number": ids[0], "type": "wage", "monthly_yuan": "1300.50"}
    ]
    assert check["declared"]["assets"] == [
        {"id_number": ids[0], "type": "deposit", "value_yuan": "8000.00"}
    ]
    assert set(check["period"]) == {"from", "to"}


async def test_what_a_submission_writes_reads_back_as_it_answered(
    client: httpx.AsyncClient, person, engine: AsyncEngine
) -> None:
    """The submit path builds its rows without the ORM's constructors and writes them in one
    statement; the endpoints reading them through the ORM (decrypting the PII) see the same."""
    ids = [person(), person()]
    body = application(ids, documents=[DOCUMENT])
    body["household"]["members"][0]["phone"] = "13800138000"
    created = await client.post("/v1/applications", json=body, headers=CASEWORKER)
    assert created.status_code == 201, created.text
    answer = created.json()
    read = await client.get(f"/v1/applications/{answer['id']}", headers=CASEWORKER)
    assert read.json() == answer
    household = (
        await client.get(f"/v1/households/{answer['household_id']}", headers=CASEWORKER)
    ).json()
    members = household["members"]
    assert [m["id_number"] for m in members] == ids
    assert [m["name"] for m in members] == ["成员0", "成员1"]
    assert members[0]["phone"] == "13800138000" and members[1]["phone"] is None
    assert members[0]["id"] == answer["subject_member_id"]
    assert members[0]["incomes"] == [{"type": "wage", "monthly_yuan": "1300.50"}]
    assert members[0]["assets"] == [{"type": "deposit", "value_yuan": "8000.00"}]
    assert members[1]["capacity_to_work"] == "full" and members[1]["co_resident"] is True
    versions = (
        await client.get(f"/v1/households/{answer['household_id']}/versions", headers=CASEWORKER)
    ).json()["versions"]
    assert [v["version"] for v in versions] == [1]
    assert [m["id_number"] for m in versions[0]["declaration"]["members"]] == ids
    timeline = (
        await client.get(f"/v1/applications/{answer['id']}/timeline", headers=CASEWORKER)
    ).json()
    assert sorted((e["event"], e["to_state"] or "") for e in timeline) == [
        ("consent_granted", ""),
        ("created", "draft"),
        ("documents_added", ""),
        ("transition", "submitted"),
        ("transition", "verifying"),
    ]
    members_table = Member.__table__
    async with engine.connect() as conn:
        stored = await conn.execute(
            select(type_coerce(members_table.c.id_number, String)).where(
                members_table.c.household_id == uuid.UUID(answer["household_id"])
            )
        )
    raw = list(stored.scalars())
    assert len(raw) == 2 and not set(raw) & set(ids)  # encrypted at rest, as the ORM writes it


async def test_a_draft_asks_for_no_check_until_consent_is_given_and_it_is_submitted(
    client: httpx.AsyncClient, person, outbox
) -> None:
    doc = application([person()], submit=False)
    del doc["consent"]
    draft = (await client.post("/v1/applications", json=doc, headers=CASEWORKER)).json()
    assert draft["state"] == "draft"
    url = f"/v1/applications/{draft['id']}"
    refused = await client.post(f"{url}/transitions", json={"to": "submitted"}, headers=CASEWORKER)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "consent"
    assert await outbox("check.requested", draft["id"]) == []
    granted = await client.post(f"{url}/consent", json=CONSENT, headers=CASEWORKER)
    assert granted.status_code == 200
    submitted = await client.post(
        f"{url}/transitions", json={"to": "submitted"}, headers=CASEWORKER
    )
    assert submitted.json()["state"] == "verifying"
    assert len(await outbox("check.requested", draft["id"])) == 1


async def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(
    client: httpx.AsyncClient, person, engine: AsyncEngine
) -> None:
    good = person()
    bad_checksum = good[:-1] + ("0" if good[-1] != "0" else "1")
    impossible_birth = "431028" + "19800230" + "0015"
    cases: list[tuple[dict[str, Any], str]] = []
    doc = application([person(), bad_checksum])
    cases.append((doc, "household.members.1.id_number"))
    doc = application([person()])
    doc["household"]["members"][0]["id_number"] = impossible_birth[:17] + "X"
    cases.append((doc, "household.members.0.id_number"))
    doc = application([person()])
    doc["household"]["region_code"] = "431028999"
    cases.append((doc, "household.region_code"))
    doc = application([person()])
    doc["household"]["members"][0]["incomes"] = [{"type": "wage", "monthly_yuan": "-5"}]
    cases.append((doc, "household.members.0.incomes.0.monthly_yuan"))
    doc = application([person()])
    doc["household"]["members"][0]["assets"] = [{"type": "deposit", "value_yuan": "lots"}]
    cases.append((doc, "household.members.0.assets.0.value_yuan"))
    cases.append((application([person()], kind="lottery"), "kind"))
    twice = person()
    cases.append((application([twice, twice]), "members.1.id_number"))
    doc = application([person()])
    del doc["consent"]
    cases.append((doc, "consent"))
    doc = application([person()])
    doc["documents"] = [
        {
            "kind": "bill",
            "file_name": f"{i}.pdf",
            "media_type": "application/pdf",
            "size_bytes": 10,
            "sha256": "a" * 64,
        }
        for i in range(21)
    ]
    cases.append((doc, "documents"))
    cases.append((application([person()], member_index=5), "member_index"))
    households_before = await count(engine, "household")
    applications_before = await count(engine, "application")
    for doc, field in cases:
        response = await client.post("/v1/applications", json=doc, headers=CASEWORKER)
        assert response.status_code == 422, (field, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        fields = [e["field"] for e in response.json()["errors"]]
        assert any(f == field or f.endswith(field) for f in fields), (field, fields)
    assert await count(engine, "household") == households_before
    assert await count(engine, "application") == applications_before


async def test_the_same_idempotency_key_and_body_get_the_same_answer_for_a_day(
    client: httpx.AsyncClient, person, engine: AsyncEngine, frozen_clock: Clock
) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4()), **CASEWORKER}
    doc = application([person(), person()])
    first = await client.post("/v1/applications", json=doc, headers=key)
    assert first.status_code == 201
    frozen_clock.advance(timedelta(hours=25))
    again = await client.post("/v1/applications", json=doc, headers=key)
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    async with engine.connect() as conn:
        same = await conn.execute(
            text("SELECT count(*) FROM application WHERE household_id = :h"),
            {
                "h": first.json()["household_id"]
                if engine.dialect.name == "postgresql"
                else uuid.UUID(first.json()["household_id"]).hex
            },
        )
        assert same.scalar_one() == 1


async def test_the_same_key_with_another_body_is_a_422(client: httpx.AsyncClient, person) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4()), **CASEWORKER}
    first = await client.post("/v1/applications", json=application([person()]), headers=key)
    assert first.status_code == 201
    other = await client.post("/v1/applications", json=application([person()]), headers=key)
    assert other.status_code == 422
    assert other.json()["errors"][0]["field"] == "Idempotency-Key"


async def test_a_key_is_free_again_once_its_record_has_expired(
    client: httpx.AsyncClient, person, frozen_clock: Clock
) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4()), **CASEWORKER}
    first = await client.post("/v1/applications", json=application([person()]), headers=key)
    assert first.status_code == 201
    frozen_clock.advance(timedelta(hours=49))  # past INTAKE_IDEMPOTENCY_TTL_HOURS (48)
    other = await client.post("/v1/applications", json=application([person()]), headers=key)
    assert other.status_code == 201
    assert "idempotent-replayed" not in other.headers
    assert other.json()["id"] != first.json()["id"]


async def test_a_first_request_lost_before_its_answer_frees_its_key_after_the_lease(
    client: httpx.AsyncClient, person, engine: AsyncEngine, frozen_clock: Clock
) -> None:
    """A request whose process died after reserving its key (its record stands with no answer)
    reads as in progress to a retry until the lease is over; then the retry runs, once."""
    body = json.dumps(application([person()])).encode()
    key = str(uuid.uuid4())
    headers = {"Idempotency-Key": key, "Content-Type": "application/json", **CASEWORKER}
    async with engine.begin() as conn:
        await conn.execute(
            insert(IdempotencyRecord.__table__).values(
                id=uuid.uuid4(),
                caller="caseworker-anren",
                key=key,
                request_hash=hashlib.sha256(b"POST/v1/applications\n" + body).hexdigest(),
                done=False,
                created_at=now(),
            )
        )
    waiting = await client.post("/v1/applications", content=body, headers=headers)
    assert waiting.status_code == 409 and "in progress" in waiting.json()["detail"]
    frozen_clock.advance(timedelta(seconds=299))  # INTAKE_IDEMPOTENCY_LEASE_SECONDS is 300
    still = await client.post("/v1/applications", content=body, headers=headers)
    assert still.status_code == 409
    frozen_clock.advance(timedelta(seconds=2))
    retried = await client.post("/v1/applications", content=body, headers=headers)
    assert retried.status_code == 201, retried.text
    again = await client.post("/v1/applications", content=body, headers=headers)
    assert again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert again.json() == retried.json()


async def test_a_refusal_is_replayed_too_and_other_posts_honour_the_key(
    client: httpx.AsyncClient, apply
) -> None:
    created = await apply()
    url = f"/v1/applications/{created['id']}/documents"
    doc = {
        "documents": [
            {
                "kind": "id_card",
                "file_name": "id.jpg",
                "media_type": "image/jpeg",
                "size_bytes": 2048,
                "sha256": "b" * 64,
            }
        ]
    }
    key = {"Idempotency-Key": "doc-" + created["id"], **CASEWORKER}
    first = await client.post(url, json=doc, headers=key)
    second = await client.post(url, json=doc, headers=key)
    assert first.status_code == second.status_code == 200
    assert len(second.json()["documents"]) == 1


async def test_one_open_application_per_person_and_kind(client: httpx.AsyncClient, apply) -> None:
    first = await apply()
    doc = {"kind": "minimum_living", "household_id": first["household_id"], "consent": CONSENT}
    duplicate = await client.post("/v1/applications", json=doc, headers=CASEWORKER)
    assert duplicate.status_code == 409
    assert duplicate.json()["application_id"] == first["id"]
    other_kind = await client.post(
        "/v1/applications", json={**doc, "kind": "medical"}, headers=CASEWORKER
    )
    assert other_kind.status_code == 201
    withdrawn = await client.post(
        f"/v1/applications/{first['id']}/transitions",
        json={"to": "withdrawn", "reason": "家庭情况好转"},
        headers=CASEWORKER,
    )
    assert withdrawn.json()["state"] == "withdrawn"
    again = await client.post("/v1/applications", json=doc, headers=CASEWORKER)
    assert again.status_code == 201


async def test_concurrent_submissions_for_one_person_let_exactly_one_win(
    client: httpx.AsyncClient, person, engine: AsyncEngine
) -> None:
    household = await client.post(
        "/v1/households",
        json={
            "region_code": "431028206",
            "address": "柏叶村",
            "registration": "rural",
            "members": [{"name": "李四", "id_number": person(), "relation": "head"}],
        },
        headers=CASEWORKER,
    )
    doc = {"kind": "extreme_poverty", "household_id": household.json()["id"], "consent": CONSENT}
    responses = await asyncio.gather(
        *(client.post("/v1/applications", json=doc, headers=CASEWORKER) for _ in range(8))
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201] + [409] * 7, [r.text for r in responses]
    async with engine.connect() as conn:
        rows = await conn.execute(
            select(func.count())
            .select_from(text("application"))
            .where(text("kind = 'extreme_poverty'"))
        )
        assert rows.scalar_one() >= 1


async def test_an_applicant_applies_for_herself_and_strangers_cannot_see_it(
    client: httpx.AsyncClient, person
) -> None:
    me = bearer("applicant", subject=f"applicant-{uuid.uuid4().hex[:6]}")
    created = await client.post("/v1/applications", json=application([person()]), headers=me)
    assert created.status_code == 201
    assert created.json()["channel"] == "self"
    url = f"/v1/applications/{created.json()['id']}"
    assert (await client.get(url, headers=me)).status_code == 200
    stranger = bearer("applicant", subject="applicant-stranger")
    assert (await client.get(url, headers=stranger)).status_code == 404
    elsewhere = bearer("caseworker", region="440117")
    assert (await client.get(url, headers=elsewhere)).status_code == 404
    approve = await client.post(
        f"{url}/transitions", json={"to": "rejected", "reason": "x"}, headers=me
    )
    assert approve.status_code == 403


async def test_revoked_consent_is_on_record_and_cannot_be_revoked_twice(
    client: httpx.AsyncClient, apply
) -> None:
    created = await apply()
    url = f"/v1/applications/{created['id']}/consent/revoke"
    revoked = await client.post(url, json={"reason": "不再同意"}, headers=CASEWORKER)
    assert revoked.status_code == 200
    assert revoked.json()["consent"]["revoked_at"] is not None
    assert (await client.post(url, json={}, headers=CASEWORKER)).status_code == 409


async def test_a_submission_on_a_connection_the_database_dropped_is_a_503_then_goes_through(
    tmp_path: Path, person
) -> None:
    """On PostgreSQL a submission and its idempotency record go to asyncpg directly. After a
    restart drops the pooled connections, a submission is refused at most with a 503 and nothing
    written (the pool discards connections already known closed at checkout), never a 500; the
    same request with the same key then goes through, once."""
    if postgres_server_url() is None:
        pytest.skip("the asyncpg paths are PostgreSQL's")
    async with migrated_database("intake", SERVICE_DIR, tmp_path) as url:
        settings = IntakeSettings(database_url=url, environment="test", outbox_relay_enabled=False)
        async with app_client(build_app(settings)) as client:

            async def submit(doc: dict[str, Any], key: str) -> httpx.Response:
                headers = {"Idempotency-Key": key, **CASEWORKER}
                return await client.post("/v1/applications", json=doc, headers=headers)

            # Several pooled connections, idle, then dropped by the server.
            warm = [application([person(), person()]) for _ in range(4)]
            answers = await asyncio.gather(*(submit(doc, str(uuid.uuid4())) for doc in warm))
            assert [a.status_code for a in answers] == [201] * 4
            assert await terminate_backends(url) >= 1
            await asyncio.sleep(0.2)  # the server's goodbye reaches the idle sockets

            refused = 0
            for _ in range(8):
                doc, key = application([person(), person()]), str(uuid.uuid4())
                answer = await submit(doc, key)
                if answer.status_code == 503:
                    refused += 1
                    assert answer.headers["content-type"] == "application/problem+json"
                    answer = await submit(doc, key)  # a failure is not an answer: retry it
                assert answer.status_code == 201, answer.text
                again = await submit(doc, key)
                assert again.json() == answer.json()
                assert again.headers["idempotent-replayed"] == "true"
            assert refused <= 4  # at most one per dropped connection
            engine = create_engine(url)
            try:
                assert await count(engine, "application") == 12
            finally:
                await engine.dispose()


@pytest.mark.parametrize("held", ["idempotency_record", "consent"])
async def test_a_connection_lost_under_a_direct_statement_is_a_503_with_nothing_written(
    tmp_path: Path, person, held: str
) -> None:
    """The statements intake sends to asyncpg itself (the idempotency record's, the submission's
    one write): the server drops the connection while one runs, the caller gets a 503 problem and
    nothing is written; the same request with the same key then goes through, once."""
    if postgres_server_url() is None:
        pytest.skip("the asyncpg paths are PostgreSQL's")
    async with migrated_database("intake", SERVICE_DIR, tmp_path) as url:
        settings = IntakeSettings(database_url=url, environment="test", outbox_relay_enabled=False)
        dsn = url.replace("postgresql+asyncpg://", "postgresql://")
        async with app_client(build_app(settings)) as client:
            doc, key = application([person(), person()]), str(uuid.uuid4())
            headers = {"Idempotency-Key": key, **CASEWORKER}
            blocker, observer = await asyncpg.connect(dsn), await asyncpg.connect(dsn)
            try:
                # The statement waits on the table's lock; its backend is then terminated.
                async with blocker.transaction():
                    await blocker.execute(f"LOCK TABLE {held} IN ACCESS EXCLUSIVE MODE")
                    request = asyncio.create_task(
                        client.post("/v1/applications", json=doc, headers=headers)
                    )
                    waiting: list[Any] = []
                    for _ in range(200):
                        waiting = await observer.fetch(
                            "SELECT pid FROM pg_stat_activity"
                            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                        )
                        if waiting:
                            break
                        await asyncio.sleep(0.02)
                    assert len(waiting) == 1
                    await observer.execute("SELECT pg_terminate_backend($1)", waiting[0]["pid"])
                    answer = await request
            finally:
                await blocker.close()
                await observer.close()
            assert answer.status_code == 503, answer.text
            assert answer.headers["content-type"] == "application/problem+json"
            engine = create_engine(url)
            try:
                assert await count(engine, "application") == 0
                again = await client.post("/v1/applications", json=doc, headers=headers)
                assert again.status_code == 201, again.text
                assert await count(engine, "application") == 1
            finally:
                await engine.dispose()
