"""Imports every matching table so the metadata is complete (Alembic, drift check)."""

from matching.catalog.models import CatalogVersion
from matching.db import InboxEvent, OutboxEvent
from matching.decisions.models import Decision, Plan
from matching.simulations.models import Simulation, UploadedPopulation

__all__ = [
    "CatalogVersion",
    "Decision",
    "InboxEvent",
    "OutboxEvent",
    "Plan",
    "Simulation",
    "UploadedPopulation",
]
