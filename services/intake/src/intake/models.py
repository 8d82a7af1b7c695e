"""Imports every intake table so the metadata is complete (Alembic, drift check)."""

from intake.applications.models import Application, ApplicationDocument, Consent, TimelineEntry
from intake.conferences.models import CaseConference, ConferenceOpinion
from intake.db import InboxEvent, OutboxEvent
from intake.households.models import (
    Household,
    HouseholdVersion,
    Member,
    MemberAsset,
    MemberIncome,
)
from intake.idempotency.models import IdempotencyRecord
from intake.parameters.models import RegionalParameter

__all__ = [
    "Application",
    "ApplicationDocument",
    "CaseConference",
    "ConferenceOpinion",
    "Consent",
    "Household",
    "HouseholdVersion",
    "IdempotencyRecord",
    "InboxEvent",
    "Member",
    "MemberAsset",
    "MemberIncome",
    "OutboxEvent",
    "RegionalParameter",
    "TimelineEntry",
]
