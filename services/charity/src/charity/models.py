"""Imports every charity table so the metadata is complete (Alembic, drift check)."""

from charity.db import InboxEvent, OutboxEvent

__all__ = ["InboxEvent", "OutboxEvent"]
