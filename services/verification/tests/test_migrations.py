"""The verification models and its migrations describe the same schema."""

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine

from jiuzhu_kit import resident_id
from jiuzhu_kit.db import create_engine
from jiuzhu_kit.migrations import downgrade, drift, upgrade
from jiuzhu_kit.pii import FieldCipher
from jiuzhu_kit.testing import fresh_database
from verification.db import metadata
from verification.records import catalog
from verification.records.models import PartnerRecord, PartnerRecordVersion
from verification.records.rows import RowValidator, ValidRow

SERVICE_DIR = Path(__file__).resolve().parents[1]


async def test_models_and_migrations_agree(database_url: str) -> None:
    assert await drift(database_url, metadata) == []


async def test_blind_indexes_and_record_keys_compare_byte_wise_on_postgresql(
    database_url: str,
) -> None:
    """Every column holding a blind index, and the partner records' key, is in the C collation
    (the drift check does not compare collations)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite compares bytes already")
    engine = create_engine(database_url)
    async with engine.connect() as conn:
        columns = await conn.execute(
            text(
                "SELECT table_name, column_name, collation_name FROM information_schema.columns"
                " WHERE table_schema = 'public' AND (column_name = 'person_index'"
                " OR (table_name = 'partner_record' AND column_name LIKE 'source%'))"
            )
        )
        found = {(table, column): collation for table, column, collation in columns.all()}
    await engine.dispose()
    assert len(found) == 8 and set(found.values()) == {"C"}, found


async def test_content_hashes_are_recomputed_by_the_sha256_migration(tmp_path: Path) -> None:
    """Records stored with the BLAKE2b hashes of before d4e8a1b6c9f2 carry, after it, exactly the
    hash the row check computes now (so a re-sent unchanged record stays unchanged); the way back
    restores BLAKE2b."""
    validator = RowValidator(
        allowed_sources=catalog.SOURCES, pii_key="k" * 32, cipher=FieldCipher("c" * 32)
    )
    person = resident_id.make("431028", date(1980, 5, 17), 42)
    rows = [
        {"kind": "income", "type": "wage", "amount_yuan": "1234.5"}
        | {"period_from": "2024-01-01", "period_to": "2024-01-31"},
        {"kind": "income", "type": "pension_basic", "amount_yuan": "0"}
        | {"period_from": "0999-12-01", "period_to": "0999-12-31"},
        {"kind": "asset", "type": "housing", "amount_yuan": "999999999999.99"}
        | {"date": "2023-06-30"},
        {"kind": "expenditure", "type": "medical_out_of_pocket", "amount_yuan": "100"}
        | {"date": "2024-02-29"},
        {"kind": "life_event", "type": "unemployment", "date": "2024-03-01"},
        {"kind": "life_event", "type": "disability_certificate", "date": "2024-04-01"}
        | {"disability_category": "intellectual", "disability_grade": "3"},
    ]
    valid = []
    for n, row in enumerate(rows):
        checked = validator.validate(
            {"source": "civil_affairs", "source_record_id": f"r{n}", "id_number": person} | row
        )
        assert isinstance(checked, ValidRow), (row, checked)
        valid.append(checked)
    async with fresh_database("verification_hash", tmp_path) as url:
        await upgrade(SERVICE_DIR, url, "c3d9e5f1a2b7")
        engine = create_engine(url)
        async with engine.begin() as conn:
            for n, row in enumerate(valid):
                values = row._asdict() | {"content_hash": _blake2b(row)}
                values |= {"version": 1, "received_at": datetime.now(UTC), "id": n + 1}
                values["updated_at"] = values["received_at"]
                await conn.execute(insert(PartnerRecord.__table__).values(values))
                await conn.execute(
                    insert(PartnerRecordVersion.__table__).values(
                        {k: v for k, v in values.items() if k not in _NOT_IN_VERSIONS}
                        | {"record_id": n + 1, "superseded_at": values["received_at"]}
                    )
                )
        await upgrade(SERVICE_DIR, url)
        assert await _stored_hashes(engine) == [(r.content_hash, r.content_hash) for r in valid]
        await downgrade(SERVICE_DIR, url, "c3d9e5f1a2b7")
        assert await _stored_hashes(engine) == [(_blake2b(r), _blake2b(r)) for r in valid]
        await engine.dispose()


_NOT_IN_VERSIONS = {"source", "source_record_id", "updated_at"}


def _blake2b(row: ValidRow) -> str:
    """The content hash as computed before d4e8a1b6c9f2."""
    text = "|".join(
        (
            row.person_index,
            row.kind,
            row.type,
            "None" if row.amount_yuan is None else str(row.amount_yuan),
            row.effective_on.isoformat(),
            "None" if row.period_from is None else row.period_from.isoformat(),
            "None" if row.period_to is None else row.period_to.isoformat(),
            row.attributes or "",
        )
    )
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


async def _stored_hashes(engine: AsyncEngine) -> list[tuple[str, str]]:
    async with engine.connect() as conn:
        found = await conn.execute(
            text(
                "SELECT r.content_hash, v.content_hash FROM partner_record r"
                " JOIN partner_record_version v ON v.record_id = r.id ORDER BY r.id"
            )
        )
        return [(current, old) for current, old in found.all()]
