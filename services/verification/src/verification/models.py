"""Imports every verification table so the metadata is complete (Alembic, drift check)."""

from verification.assessments.models import HomeVisitAssessment
from verification.checks.models import EconomicCheck
from verification.db import InboxEvent, OutboxEvent
from verification.feeds.models import FeedJob, FeedRowError
from verification.households.models import KnownHousehold, KnownMember
from verification.monitoring.models import (
    MonitoredHousehold,
    MonitoredPerson,
    MonitoringRuleVersion,
    ScreeningJob,
)
from verification.records.models import PartnerRecord, PartnerRecordVersion, RecordSubject
from verification.warnings.models import Warning

__all__ = [
    "EconomicCheck",
    "FeedJob",
    "FeedRowError",
    "HomeVisitAssessment",
    "InboxEvent",
    "KnownHousehold",
    "KnownMember",
    "MonitoredHousehold",
    "MonitoredPerson",
    "MonitoringRuleVersion",
    "OutboxEvent",
    "PartnerRecord",
    "PartnerRecordVersion",
    "RecordSubject",
    "ScreeningJob",
    "Warning",
]
