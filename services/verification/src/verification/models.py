"""Imports every verification table so the metadata is complete (Alembic, drift check)."""

from verification.db import InboxEvent, OutboxEvent
from verification.households.models import KnownHousehold

__all__ = ["InboxEvent", "KnownHousehold", "OutboxEvent"]
