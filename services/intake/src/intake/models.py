"""Imports every intake table so the metadata is complete (Alembic, drift check)."""

from intake.db import InboxEvent, OutboxEvent
from intake.households.models import Household, Member

__all__ = ["Household", "InboxEvent", "Member", "OutboxEvent"]
