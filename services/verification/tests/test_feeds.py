"""Bulk feeds: streamed jobs with progress, per-row errors, idempotent merges, atomic failures."""

import csv
import gzip
import io
import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from jiuzhu_kit import resident_id
from jiuzhu_kit.db import create_engine, session_factory
from jiuzhu_kit.migrations import drift
from jiuzhu_kit.testing import app_client, bearer, migrated_database, postgres_server_url
from verification.db import VerificationModel
from verification.feeds import checking
from verification.feeds import repository as feed_repository
from verification.feeds.checking import ChunkChecker
from verification.feeds.models import FeedJob
from verification.main import build_app
from verification.settings import VerificationSettings

SERVICE_DIR = Path(__file__).resolve().parents[1]
PARTNER = bearer("data_partner", subject="partner-feeds", sources=["medical_insurance", "banks"])
OTHER_PARTNER = bearer("data_partner", subject="partner-other", sources=["medical_insurance"])
ADMIN = bearer("admin")
NDJSON = {"content-type": "application/x-ndjson"}
CSV = {"content-type": "text/csv"}


def new_person() -> str:
    n = uuid.uuid4().int
    return resident_id.make("430211", date(1950 + n % 50, 1 + n % 12, 1 + n % 28), n % 997)


def rows(who: str, prefix: str, count: int, amount: str = "100.00") -> list[dict]:
    return [
        {
            "source": "medical_insurance",
            "source_record_id": f"{prefix}-{i}",
            "id_number": who,
            "kind": "expenditure",
            "type": "medical_out_of_pocket",
            "amount_yuan": amount,
            "date": "2026-02-01",
        }
        for i in range(count)
    ]


def ndjson(items: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items).encode()


async def upload(client: httpx.AsyncClient, body: bytes, headers: dict, token: dict = PARTNER):
    return await client.post("/v1/data-feeds?wait=true", content=body, headers={**headers, **token})


async def test_good_rows_are_stored_and_bad_rows_reported_line_by_line(
    client: httpx.AsyncClient,
) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    good = rows(who, prefix, 20)
    bad_id = who[:-1] + ("0" if who[-1] != "0" else "1")
    lines = ndjson(good[:10])
    lines += ndjson([{**good[0], "source_record_id": f"{prefix}-x1", "id_number": bad_id}])
    lines += b'{"source": "medical_insurance", "kind": \n'  # line 12: not JSON
    lines += ndjson([{**good[0], "source_record_id": f"{prefix}-x2", "amount_yuan": "-1"}])
    lines += ndjson([{**good[0], "source_record_id": f"{prefix}-x3", "source": "tax"}])
    lines += "中文".encode("gbk") + b"\n"  # line 15: not UTF-8
    lines += ndjson(good[10:])
    response = await upload(client, lines, NDJSON)
    assert response.status_code == 201, response.text
    job = response.json()
    assert job["status"] == "completed"
    assert (job["rows_read"], job["rows_accepted"], job["rows_rejected"]) == (25, 20, 5)
    assert job["records_created"] == 20
    report = await client.get(job["errors_url"], headers=PARTNER)
    assert report.headers["content-type"].startswith("text/csv")
    errors = list(csv.DictReader(io.StringIO(report.text)))
    assert [(e["line"], e["field"]) for e in errors] == [
        ("11", "id_number"),
        ("12", "line"),
        ("13", "amount_yuan"),
        ("14", "source"),
        ("15", "line"),
    ]
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    assert len(found.json()) == 20


async def test_resending_a_feed_changes_nothing_and_a_corrected_row_supersedes(
    client: httpx.AsyncClient,
) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    feed = rows(who, prefix, 15)
    first = (await upload(client, ndjson(feed), NDJSON)).json()
    assert first["records_created"] == 15
    again = (await upload(client, ndjson(feed), NDJSON)).json()
    assert (again["records_created"], again["records_superseded"], again["records_unchanged"]) == (
        0,
        0,
        15,
    )
    feed[3] = {**feed[3], "amount_yuan": "333.00"}
    fixed = (await upload(client, ndjson(feed), NDJSON)).json()
    assert (fixed["records_created"], fixed["records_superseded"], fixed["records_unchanged"]) == (
        0,
        1,
        14,
    )
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    records = found.json()
    assert len(records) == 15
    corrected = next(r for r in records if r["source_record_id"] == f"{prefix}-3")
    assert (corrected["amount_yuan"], corrected["version"]) == ("333.00", 2)
    history = await client.get(f"/v1/records/{corrected['id']}/versions", headers=ADMIN)
    assert [v["amount_yuan"] for v in history.json()] == ["100.00"]


async def test_a_feed_in_key_order_mixing_stored_and_new_keys_is_merged_right(
    client: httpx.AsyncClient,
) -> None:
    # Keys in order across chunks of 7: stored keys (one corrected) go through staging, new keys
    # straight into the records (PostgreSQL), and nothing is inserted twice.
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    feed = [r | {"source_record_id": f"{prefix}-{i:02d}"} for i, r in enumerate(rows(who, "", 20))]
    first = (await upload(client, ndjson(feed[:10]), NDJSON)).json()
    assert first["records_created"] == 10
    feed[3] = feed[3] | {"amount_yuan": "333.00"}
    mixed = (await upload(client, ndjson(feed), NDJSON)).json()
    counts = ("records_created", "records_superseded", "records_unchanged")
    assert tuple(mixed[c] for c in counts) == (10, 1, 9)
    again = (await upload(client, ndjson(feed), NDJSON)).json()
    assert tuple(again[c] for c in counts) == (0, 0, 20)
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    records = {r["source_record_id"]: r for r in found.json()}
    assert len(records) == 20
    corrected = records[f"{prefix}-03"]
    assert (corrected["amount_yuan"], corrected["version"]) == ("333.00", 2)
    assert {r["version"] for key, r in records.items() if key != f"{prefix}-03"} == {1}
    history = await client.get(f"/v1/records/{corrected['id']}/versions", headers=ADMIN)
    assert [v["amount_yuan"] for v in history.json()] == ["100.00"]


async def test_unchanged_keys_left_alone_still_count_once_when_the_order_breaks(
    client: httpx.AsyncClient,
) -> None:
    # Stored keys repeated unchanged are left alone while the feed is in key order (PostgreSQL);
    # when a later chunk breaks the order and repeats two of them, the merge decides them again.
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    feed = [r | {"source_record_id": f"{prefix}-{i:02d}"} for i, r in enumerate(rows(who, "", 15))]
    await upload(client, ndjson(feed[:10]), NDJSON)
    tail = [feed[2], feed[5] | {"amount_yuan": "555.00"}]
    job = (await upload(client, ndjson(feed + tail), NDJSON)).json()
    counts = ("records_created", "records_superseded", "records_unchanged")
    assert tuple(job[c] for c in counts) == (5, 1, 9)
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    records = {r["source_record_id"]: r for r in found.json()}
    assert len(records) == 15
    assert (records[f"{prefix}-05"]["amount_yuan"], records[f"{prefix}-05"]["version"]) == (
        "555.00",
        2,
    )
    assert (records[f"{prefix}-02"]["amount_yuan"], records[f"{prefix}-02"]["version"]) == (
        "100.00",
        1,
    )


async def test_within_one_feed_the_last_line_for_a_key_wins(client: httpx.AsyncClient) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    feed = [*rows(who, prefix, 2), {**rows(who, prefix, 1)[0], "amount_yuan": "7.00"}]
    job = (await upload(client, ndjson(feed), NDJSON)).json()
    assert (job["rows_accepted"], job["records_created"]) == (3, 2)
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    amounts = {r["source_record_id"]: r["amount_yuan"] for r in found.json()}
    assert amounts == {f"{prefix}-0": "7.00", f"{prefix}-1": "100.00"}


async def test_a_key_repeated_chunks_later_ends_as_if_merged_at_once(
    client: httpx.AsyncClient,
) -> None:
    # In key order for three chunks of 7 (PostgreSQL stores them as they come), then a repeat:
    # still one record per key, the last line wins, only the key stored before is superseded.
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    stored = rows(who, f"{prefix}-a", 1)[0]
    await upload(client, ndjson([stored]), NDJSON)
    fresh = [
        r | {"source_record_id": f"{prefix}-b{i:02d}"} for i, r in enumerate(rows(who, "", 20))
    ]
    repeat = fresh[3] | {"amount_yuan": "9.00"}
    feed = [stored | {"amount_yuan": "5.00"}, *fresh, repeat]
    job = (await upload(client, ndjson(feed), NDJSON)).json()
    assert (job["rows_accepted"], job["records_created"], job["records_superseded"]) == (22, 20, 1)
    assert job["records_unchanged"] == 0
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    records = {r["source_record_id"]: r for r in found.json()}
    assert len(records) == 21
    assert (records[f"{prefix}-b03"]["amount_yuan"], records[f"{prefix}-b03"]["version"]) == (
        "9.00",
        1,
    )
    superseded = records[f"{prefix}-a-0"]
    assert (superseded["amount_yuan"], superseded["version"]) == ("5.00", 2)
    history = await client.get(f"/v1/records/{superseded['id']}/versions", headers=ADMIN)
    assert [v["amount_yuan"] for v in history.json()] == ["100.00"]
    unchanged = await client.get(
        f"/v1/records/{records[f'{prefix}-b03']['id']}/versions", headers=ADMIN
    )
    assert unchanged.json() == []


async def test_record_ids_keep_backslashes_and_tabs_exactly(client: httpx.AsyncClient) -> None:
    who = new_person()
    odd = rows(who, "x", 1)[0] | {"source_record_id": f"a\\b\tc-{uuid.uuid4().hex[:6]}"}
    job = (await upload(client, ndjson([odd]), NDJSON)).json()
    assert job["records_created"] == 1
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    assert [r["source_record_id"] for r in found.json()] == [odd["source_record_id"]]


async def test_stored_keys_with_quotes_and_backslashes_are_recognised_when_resent(
    client: httpx.AsyncClient,
) -> None:
    # Stored keys of a feed in key order are looked up as array literals on PostgreSQL: every key
    # must come back exactly, or a re-sent record would be taken for a new one (a duplicate key).
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    odd = ['a"b', "a\\b", "a,b", "{a}", "NULL", "", "中文", "a b", "a\tb", "\\"]
    keys = sorted(f"{prefix}{key}" for key in odd)  # byte order, as partners' exports are
    feed = [r | {"source_record_id": key} for r, key in zip(rows(who, "", 10), keys, strict=True)]
    counts = ("records_created", "records_superseded", "records_unchanged")
    first = (await upload(client, ndjson(feed), NDJSON)).json()
    assert tuple(first[c] for c in counts) == (10, 0, 0), first
    feed[4] = feed[4] | {"amount_yuan": "444.00"}
    again = (await upload(client, ndjson(feed), NDJSON)).json()
    assert tuple(again[c] for c in counts) == (0, 1, 9), again
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    assert sorted(r["source_record_id"] for r in found.json()) == keys


async def test_a_gzipped_csv_feed_is_accepted(client: httpx.AsyncClient) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows(who, prefix, 1)[0]))
    writer.writeheader()
    writer.writerows(rows(who, prefix, 12))
    body = gzip.compress(buffer.getvalue().encode())
    job = (await upload(client, body, CSV)).json()
    assert job["compressed"] is True
    assert (job["status"], job["rows_accepted"], job["records_created"]) == ("completed", 12, 12)


async def test_a_truncated_gzip_fails_the_job_and_writes_nothing(
    client: httpx.AsyncClient,
) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    body = gzip.compress(ndjson(rows(who, prefix, 400)))
    job = (await upload(client, body[: len(body) // 2], NDJSON)).json()
    assert job["status"] == "failed"
    assert "truncated" in job["failure"]
    assert job["rows_accepted"] == 0
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    assert found.json() == []
    report = await client.get(job["errors_url"], headers=PARTNER)
    assert next(iter(csv.DictReader(io.StringIO(report.text))))["field"] == "body"


async def test_a_csv_without_required_columns_fails_naming_them(client: httpx.AsyncClient) -> None:
    body = b"source,source_record_id,kind,type,amount_yuan,date\nmedical_insurance,a,expenditure,education,1.00,2026-01-01\n"
    job = (await upload(client, body, CSV)).json()
    assert job["status"] == "failed"
    assert "id_number" in job["failure"]
    report = await client.get(job["errors_url"], headers=PARTNER)
    first = next(iter(csv.DictReader(io.StringIO(report.text))))
    assert (first["line"], first["field"]) == ("1", "header")


async def test_a_job_runs_in_the_background_and_is_private_to_its_partner(
    client: httpx.AsyncClient,
) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    response = await client.post(
        "/v1/data-feeds", content=ndjson(rows(who, prefix, 3)), headers={**NDJSON, **PARTNER}
    )
    assert response.status_code == 202
    location = response.headers["location"]
    assert response.json()["status"] in ("queued", "running", "completed")
    # Jobs run one at a time in arrival order: once a later job has finished, so has this one.
    later = await upload(client, ndjson(rows(who, prefix + "b", 1)), NDJSON)
    assert later.json()["status"] == "completed"
    background = await client.get(location, headers=PARTNER)
    assert (background.json()["status"], background.json()["records_created"]) == ("completed", 3)
    assert (await client.get(location, headers=OTHER_PARTNER)).status_code == 404
    assert (await client.get(location, headers=ADMIN)).status_code == 200


async def test_unsupported_bodies_are_refused_with_a_problem(client: httpx.AsyncClient) -> None:
    refused = await client.post(
        "/v1/data-feeds", content=b"a,b\n", headers={"content-type": "text/plain", **PARTNER}
    )
    assert refused.status_code == 415
    assert refused.headers["content-type"] == "application/problem+json"
    empty = await client.post("/v1/data-feeds", content=b"", headers={**CSV, **PARTNER})
    assert empty.status_code == 422
    caseworker = bearer("caseworker", region="430211")
    forbidden = await client.post("/v1/data-feeds", content=b"x", headers={**CSV, **caseworker})
    assert forbidden.status_code == 403


async def test_json_values_of_the_wrong_shape_are_row_errors(client: httpx.AsyncClient) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    good = rows(who, prefix, 1)[0]
    feed = [good, {**good, "source_record_id": f"{prefix}-z", "kind": ["expenditure"]}, [1, 2]]
    job = (await upload(client, ndjson(feed), NDJSON)).json()  # type: ignore[arg-type]
    assert (job["status"], job["rows_accepted"], job["rows_rejected"]) == ("completed", 1, 2)
    report = await client.get(job["errors_url"], headers=PARTNER)
    assert [(e["line"], e["field"]) for e in csv.DictReader(io.StringIO(report.text))] == [
        ("2", "kind"),
        ("3", "line"),
    ]


async def test_a_job_interrupted_by_a_restart_is_resumed_without_duplicates(
    client: httpx.AsyncClient, database_url: str, tmp_path: Path
) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    feed = ndjson(rows(who, prefix, 9))
    first = (
        await upload(client, feed[: len(feed) // 2].rsplit(b"\n", 1)[0] + b"\n", NDJSON)
    ).json()
    assert first["records_created"] == 4
    # A process died while running a job for the whole feed: its row says running, its file is
    # still spooled. The next process to start picks it up.
    spooled = tmp_path / "interrupted.feed"
    spooled.write_bytes(feed)
    settings = VerificationSettings(
        database_url=database_url,
        environment="test",
        outbox_relay_enabled=False,
        feed_spool_dir=str(tmp_path),
    )
    app = build_app(settings)
    engine = create_engine(database_url)
    job_id = uuid.uuid4()
    async with session_factory(engine)() as session:
        session.add(
            FeedJob(
                id=job_id,
                submitted_by="partner-feeds",
                allowed_sources=["banks", "medical_insurance"],
                format="ndjson",
                spool_path=str(spooled),
                size_bytes=len(feed),
                sha256="0" * 64,
                status="running",
                attempts=1,
            )
        )
        await session.commit()
    await engine.dispose()
    async with app_client(app) as restarted:
        # Jobs run one at a time in order: when this later upload is done, the resumed one is.
        await upload(restarted, ndjson(rows(who, prefix + "c", 1)), NDJSON)
        resumed = (await restarted.get(f"/v1/data-feeds/{job_id}", headers=PARTNER)).json()
    assert resumed["status"] == "completed" and resumed["attempts"] == 2
    assert (resumed["records_created"], resumed["records_unchanged"]) == (5, 4)
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    assert len(found.json()) == 10


async def test_csv_rows_with_bad_bytes_or_wrong_width_are_reported_by_line(
    client: httpx.AsyncClient,
) -> None:
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    good = rows(who, prefix, 3)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(good[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerow(good[0])
    body = buffer.getvalue().encode()
    body += f"medical_insurance,{prefix}-gbk,".encode() + "张三".encode("gbk") + b",x,y,1,2\n"
    body += b"medical_insurance,too,few\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(good[0]), lineterminator="\n")
    writer.writerows(good[1:])
    body += buffer.getvalue().encode()
    job = (await upload(client, body, CSV)).json()
    assert (job["rows_read"], job["rows_accepted"], job["rows_rejected"]) == (5, 3, 2)
    report = await client.get(job["errors_url"], headers=PARTNER)
    errors = list(csv.DictReader(io.StringIO(report.text)))
    assert [(e["line"], e["field"]) for e in errors] == [("3", "line"), ("4", "line")]
    assert "UTF-8" in errors[0]["reason"] and "fields" in errors[1]["reason"]


async def test_a_bulk_load_rebuilds_the_person_index_and_loses_nothing(
    client: httpx.AsyncClient, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("the person index is rebuilt on PostgreSQL only")
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    stored = (await upload(client, ndjson(rows(who, prefix + "-before", 1)), NDJSON)).json()
    assert stored["records_created"] == 1
    # A feed larger than the table so far: the merge drops the person index and builds it again
    # (the record keys stay: the table holds records, which the feed's keys are looked up among).
    monkeypatch.setattr(feed_repository, "INDEX_REBUILD_MIN_ROWS", 1)
    before = await _record_indexes(database_url)
    job = (await upload(client, ndjson(rows(who, prefix, 4_000)), NDJSON)).json()
    assert (job["status"], job["records_created"]) == ("completed", 4_000)
    after = await _record_indexes(database_url)
    assert _rebuilt(before, after) == {"ix_partner_record_person_type_date"}
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    assert found.status_code == 200 and len(found.json()) > 0


_RECORD_INDEXES = {
    "pk_partner_record": "(id)",
    "uq_partner_record_source_record_id_source": "(source_record_id, source)",
    "ix_partner_record_person_type_date": "(person_index, type, effective_on)",
    "pk_record_subject": "(person_index)",
}


async def _record_indexes(database_url: str) -> dict[str, tuple[str, int]]:
    """The indexes of partner_record and record_subject as they stand: name → (columns, the
    index's object id, which changes when it is built again)."""
    engine = create_engine(database_url)
    async with engine.connect() as conn:
        found = await conn.execute(
            text(
                "SELECT indexname, indexdef, (quote_ident(indexname))::regclass::oid"
                " FROM pg_indexes WHERE tablename IN ('partner_record', 'record_subject')"
            )
        )
        indexes = {name: ("(" + d.rsplit("(", 1)[1], oid) for name, d, oid in found}
    await engine.dispose()
    assert {name: columns for name, (columns, _) in indexes.items()} == _RECORD_INDEXES
    return indexes


def _rebuilt(before: dict[str, tuple[str, int]], after: dict[str, tuple[str, int]]) -> set[str]:
    return {name for name in after if after[name][1] != before[name][1]}


@asynccontextmanager
async def _fresh_service(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    """The service on a database of its own, migrated and empty."""
    async with migrated_database("verification", SERVICE_DIR, tmp_path) as url:
        settings = VerificationSettings(
            database_url=url,
            environment="test",
            outbox_relay_enabled=False,
            feed_spool_dir=str(tmp_path / "spool"),
            feed_batch_rows=7,
        )
        async with app_client(build_app(settings)) as fresh:
            yield fresh, url


@pytest.mark.parametrize("in_key_order", [True, False])
async def test_a_first_load_builds_the_record_keys_after_and_they_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_key_order: bool
) -> None:
    """Into an empty table a feed is loaded with no index at all (straight into the table while in
    key order; through staging once the order breaks); the keys and the person index are built
    after, as the migrations made them, and hold for the next feed."""
    if postgres_server_url() is None:
        pytest.skip("bulk loads drop indexes on PostgreSQL only")
    monkeypatch.setattr(feed_repository, "INDEX_REBUILD_MIN_ROWS", 1)
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    first = rows(who, prefix, 30) + [
        {**r, "source": "banks", "kind": "asset", "type": "deposit"} for r in rows(who, prefix, 20)
    ]
    if in_key_order:
        first = [{**r, "source_record_id": f"{prefix}-{n:03d}"} for n, r in enumerate(first)]
    else:  # "-10" sorts before "-9": the order breaks in the second chunk; a key comes again
        first.append({**first[3], "amount_yuan": "3.00"})
    async with _fresh_service(tmp_path) as (fresh, url):
        before = await _record_indexes(url)
        job = (await upload(fresh, ndjson(first), NDJSON)).json()
        assert (job["status"], job["records_created"]) == ("completed", 50)
        assert _rebuilt(before, await _record_indexes(url)) == set(_RECORD_INDEXES)
        assert await drift(url, VerificationModel.metadata) == []
        found = await fresh.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
        amounts = {(r["source"], r["source_record_id"]): r["amount_yuan"] for r in found.json()}
        assert len(amounts) == 50
        repeated = (first[3]["source"], first[3]["source_record_id"])
        assert amounts[repeated] == ("100.00" if in_key_order else "3.00")
        again = [*first[:49], {**first[49], "amount_yuan": "7.00"}, *first[50:]]
        job = (await upload(fresh, ndjson(again), NDJSON)).json()
        assert (job["records_created"], job["records_superseded"]) == (0, 1)
        assert job["records_unchanged"] == 49


@pytest.mark.parametrize("case", ["empty", "someone_stored", "memory_cut_short"])
async def test_a_first_load_stores_each_person_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    """Into an empty record_subject a first load's people are copied straight in and its key is
    built after; with someone stored already (and partner_record empty) they go through staging
    and the key stays; once the reader's memory of people is cut short (a person may come
    again) the rest go through staging. Each person is stored once, at the job's time."""
    someone_stored = case == "someone_stored"
    if case == "memory_cut_short":
        monkeypatch.setattr(checking, "_CACHE_LIMIT", 2)
    if postgres_server_url() is None:
        pytest.skip("bulk loads drop indexes on PostgreSQL only")
    people, prefix = [new_person() for _ in range(3)], uuid.uuid4().hex[:8]
    # In key order, in chunks of 7: the first two people, the third, the first again (whom a
    # memory of two people has forgotten by then).
    whose = [0, 1, 0, 1, 0, 1, 0, *[2] * 7, 0]
    feed = [
        {**row, "id_number": people[whose[n]], "source_record_id": f"{prefix}-{n:03d}"}
        for n, row in enumerate(rows(people[0], prefix, 15))
    ]
    async with _fresh_service(tmp_path) as (fresh, url):
        engine = create_engine(url)
        if someone_stored:  # a person whose only record is gone, as after an erasure
            stored = await upload(fresh, ndjson(rows(people[0], prefix + "-old", 1)), NDJSON)
            assert stored.json()["records_created"] == 1
            async with engine.begin() as conn:
                await conn.execute(text("TRUNCATE partner_record"))  # its pages too
        monkeypatch.setattr(feed_repository, "INDEX_REBUILD_MIN_ROWS", 1)
        before = await _record_indexes(url)
        job = (await upload(fresh, ndjson(feed), NDJSON)).json()
        assert (job["status"], job["records_created"]) == ("completed", 15)
        rebuilt = _rebuilt(before, await _record_indexes(url))
        assert ("pk_record_subject" in rebuilt) == (not someone_stored)
        async with engine.connect() as conn:
            seen = await conn.execute(
                text("SELECT first_seen_at FROM record_subject ORDER BY first_seen_at")
            )
            times = [t for (t,) in seen]
        await engine.dispose()
        assert len(times) == 3
        assert len(set(times[1:] if someone_stored else times)) == 1  # the job's one time
        for n, who in enumerate(people):
            found = await fresh.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
            assert len(found.json()) == whose.count(n), who


async def test_a_repeated_key_that_slipped_into_a_first_load_fails_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Safety net: were the reader ever wrong about key order, the unique key's rebuild refuses
    the repeat and the job leaves nothing behind (its keys and indexes as they were)."""
    if postgres_server_url() is None:
        pytest.skip("bulk loads drop indexes on PostgreSQL only")
    monkeypatch.setattr(feed_repository, "INDEX_REBUILD_MIN_ROWS", 1)
    monkeypatch.setattr(ChunkChecker, "_follow_key_order", lambda self, staged: None)
    who, prefix = new_person(), uuid.uuid4().hex[:8]
    feed = rows(who, prefix, 10) + rows(who, prefix, 1)  # the first key again, in a later chunk
    async with _fresh_service(tmp_path) as (fresh, url):
        before = await _record_indexes(url)
        job = (await upload(fresh, ndjson(feed), NDJSON)).json()
        assert (job["status"], job["rows_accepted"]) == ("failed", 0)
        assert "IntegrityError" in job["failure"]  # refused by the unique key, built again
        assert await _record_indexes(url) == before
        engine = create_engine(url)
        async with engine.connect() as conn:
            for table in ("partner_record", "record_subject"):
                count = await conn.execute(text(f"SELECT count(*) FROM {table}"))
                assert count.scalar_one() == 0, table
        await engine.dispose()
