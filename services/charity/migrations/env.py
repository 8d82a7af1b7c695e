"""Alembic environment for charity: async, its own metadata only."""

import charity.models  # noqa: F401  (registers every table on the metadata)
from charity.db import metadata
from charity.settings import CharitySettings
from jiuzhu_kit.migrations import run_env

run_env(metadata, CharitySettings().database_url)
