"""The matching models and its migrations describe the same schema."""

from jiuzhu_kit.migrations import drift
from matching.db import metadata


async def test_models_and_migrations_agree(database_url: str) -> None:
    assert await drift(database_url, metadata) == []
