"""Imports every verification table so the metadata is complete (Alembic, drift check)."""

from verification.assessments.models import HomeVisitAssessment
from verification.checks.models import EconomicCheck
from verification.db import InboxEvent, OutboxEvent
from verification.feeds.models import FeedJob, FeedRowError
from verification.households.models import KnownHousehold, KnownMember
from verification.records.models import PartnerRecord, PartnerRecordVersion, RecordSubject

__all__ = [
    "EconomicCheck",
    "FeedJob",
    "FeedRowError",
    "HomeVisitAssessment",
    "InboxEvent",
    "KnownHousehold",
    "KnownMember",
    "OutboxEvent",
    "PartnerRecord",
    "PartnerRecordVersion",
    "RecordSubject",
]
