"""Alembic environment for matching: async, its own metadata only."""

import matching.models  # noqa: F401  (registers every table on the metadata)
from jiuzhu_kit.migrations import run_env
from matching.db import metadata
from matching.settings import MatchingSettings

run_env(metadata, MatchingSettings().database_url)
