"""The double check (双核查): the information check and the home-visit assessment conclude together.

Whenever a new version of either exists and the other does too, `double_check.concluded` goes to
intake with the latest check's HouseholdFacts.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.outbox import enqueue
from verification.assessments import repository as assessments
from verification.checks import repository as checks
from verification.checks.models import EconomicCheck
from verification.db import OutboxEvent


def conclusion(check_conclusion: str, assessment_conclusion: str) -> str:
    """confirmed | not_confirmed | needs_review, from the two halves."""
    if check_conclusion == "assets_over_limit" or assessment_conclusion == "no_difficulty":
        return "not_confirmed"
    if check_conclusion == "discrepancies_found" or assessment_conclusion == "needs_follow_up":
        return "needs_review"
    return "confirmed"


async def conclude_if_ready(session: AsyncSession, *, application_id: uuid.UUID) -> bool:
    """Announce the conclusion if both halves exist (after a new assessment)."""
    check = await checks.latest_for(session, application_id)
    assessment = await assessments.latest_conclusion_for(session, application_id)
    if check is None or assessment is None:
        return False
    announce(
        session,
        check=check,
        assessment_id=assessment.id,
        assessment_conclusion=assessment.conclusion,
    )
    return True


def announce(
    session: AsyncSession,
    *,
    check: EconomicCheck,
    assessment_id: uuid.UUID,
    assessment_conclusion: str,
) -> None:
    """`double_check.concluded` for this check version and the application's latest assessment."""
    enqueue(
        session,
        OutboxEvent,
        destination="intake",
        topic="double_check.concluded",
        payload={
            "application_id": str(check.application_id),
            "check_id": str(check.id),
            "check_version": check.version,
            "assessment_id": str(assessment_id),
            "conclusion": conclusion(check.conclusion, assessment_conclusion),
            "facts": check.facts,
            "discrepancies": check.report.get("discrepancies", []),
        },
    )
