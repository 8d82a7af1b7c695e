"""Alembic environment for intake: async, its own metadata only."""

import intake.models  # noqa: F401  (registers every table on the metadata)
from intake.db import metadata
from intake.settings import IntakeSettings
from jiuzhu_kit.migrations import run_env

run_env(metadata, IntakeSettings().database_url)
