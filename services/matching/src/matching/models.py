"""Imports every matching table so the metadata is complete (Alembic, drift check)."""

from matching.db import InboxEvent, OutboxEvent

__all__ = ["InboxEvent", "OutboxEvent"]
