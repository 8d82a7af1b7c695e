"""Bulk feeds: streamed jobs with progress, per-row errors, idempotent merges, atomic failures."""

import csv
import gzip
import io
import uuid
from datetime import timedelta
from pathlib import Path

import httpx

from jiuzhu_kit.db import create_engine, session_factory, utcnow
from jiuzhu_kit.testing import app_client, bearer
from tests.feed_helpers import (
    ADMIN,
    CSV,
    NDJSON,
    OTHER_PARTNER,
    PARTNER,
    ndjson,
    new_person,
    rows,
    service_app,
    upload,
)
from verification.feeds.models import FeedJob


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
    # A process died two minutes ago while running a job for the whole feed: its row says
    # running, its file is still spooled. The next process to start claims it and reruns it.
    spooled = tmp_path / "interrupted.feed"
    spooled.write_bytes(feed)
    app = service_app(database_url, tmp_path)
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
                heartbeat_at=utcnow() - timedelta(minutes=2),
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
