"""Alembic environment for gateway: async, its own metadata only."""

import gateway.models  # noqa: F401  (registers every table on the metadata)
from gateway.db import metadata
from gateway.settings import GatewaySettings
from jiuzhu_kit.migrations import run_env

run_env(metadata, GatewaySettings().database_url)
