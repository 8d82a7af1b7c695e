"""The verification models and its migrations describe the same schema."""

import pytest
from sqlalchemy import text

from jiuzhu_kit.db import create_engine
from jiuzhu_kit.migrations import drift
from verification.db import metadata


async def test_models_and_migrations_agree(database_url: str) -> None:
    assert await drift(database_url, metadata) == []


async def test_blind_indexes_compare_byte_wise_on_postgresql(database_url: str) -> None:
    """Every column holding a blind index is in the C collation (the drift check does not compare
    collations), so joins between them never mix two collations."""
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite compares bytes already")
    engine = create_engine(database_url)
    async with engine.connect() as conn:
        columns = await conn.execute(
            text(
                "SELECT table_name, collation_name FROM information_schema.columns"
                " WHERE column_name = 'person_index' AND table_schema = 'public'"
            )
        )
        found = dict(columns.all())
    await engine.dispose()
    assert len(found) == 6 and set(found.values()) == {"C"}, found
