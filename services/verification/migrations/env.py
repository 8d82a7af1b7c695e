"""Alembic environment for verification: async, its own metadata only."""

import verification.models  # noqa: F401  (registers every table on the metadata)
from jiuzhu_kit.migrations import run_env
from verification.db import metadata
from verification.settings import VerificationSettings

run_env(metadata, VerificationSettings().database_url)
