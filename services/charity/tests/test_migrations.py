"""The charity models and its migrations describe the same schema."""

from charity.db import metadata
from jiuzhu_kit.migrations import drift


async def test_models_and_migrations_agree(database_url: str) -> None:
    assert await drift(database_url, metadata) == []
