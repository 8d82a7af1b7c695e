"""Bulk loads on PostgreSQL: indexes and keys dropped for a large feed and built again after,
people copied straight into an empty table, and what holds when the reader is wrong."""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from jiuzhu_kit.db import create_engine
from jiuzhu_kit.migrations import drift
from jiuzhu_kit.testing import app_client, migrated_database, postgres_server_url
from tests.feed_helpers import (
    ADMIN,
    NDJSON,
    SERVICE_DIR,
    ndjson,
    new_person,
    rows,
    service_app,
    upload,
)
from verification.db import VerificationModel
from verification.feeds import checking
from verification.feeds import repository as feed_repository
from verification.feeds.checking import ChunkChecker

# Indexes and keys are dropped for a bulk load, and people copied in, on PostgreSQL only.
pytestmark = pytest.mark.skipif(
    postgres_server_url() is None, reason="bulk loads drop indexes on PostgreSQL only"
)


async def test_a_bulk_load_rebuilds_the_person_index_and_loses_nothing(
    client: httpx.AsyncClient, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
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
        app = service_app(url, tmp_path / "spool", feed_batch_rows=7)
        async with app_client(app) as fresh:
            yield fresh, url


@pytest.mark.parametrize("in_key_order", [True, False])
async def test_a_first_load_builds_the_record_keys_after_and_they_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_key_order: bool
) -> None:
    """Into an empty table a feed is loaded with no index at all (straight into the table while in
    key order; through staging once the order breaks); the keys and the person index are built
    after, as the migrations made them, and hold for the next feed."""
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
