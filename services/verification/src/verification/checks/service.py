"""Check rules: consent first, then the computation over the members' records; reports are immutable.

A check requested again for the same application is a new version. Each completed check is announced
to intake (`check.completed`) and, when a home-visit assessment exists, concludes the double check.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit import pii, resident_id
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.errors import Forbidden, InvalidInput, NotFound
from jiuzhu_kit.outbox import enqueue
from verification.checks import compute, double_check, repository
from verification.checks.models import EconomicCheck
from verification.checks.schemas import CheckRequest, Member
from verification.db import OutboxEvent
from verification.records.rows import today_in_china
from verification.settings import VerificationSettings

REQUIRED_SCOPE = frozenset({"income", "assets"})
KIND_BY_SCOPE = {
    "income": "income",
    "assets": "asset",
    "expenditure": "expenditure",
    "life_events": "life_event",
}
WRITER_ROLES = ("caseworker", "reviewer", "admin")
READER_ROLES = ("caseworker", "reviewer", "admin", "auditor", "service")


class ConsentMissing(Forbidden):
    """No valid authorization to check the household (授权核对)."""

    type_slug, title = "consent-required", "Consent required"


def consent_problem(request: CheckRequest) -> str | None:
    """Why the request's consent does not allow a check, or None when it does."""
    consent = request.consent
    if consent is None:
        return "the request carries no consent to an economic check"
    granted = consent.granted_at
    if granted.tzinfo is None:
        granted = granted.replace(tzinfo=UTC)
    if granted > datetime.now(UTC) + timedelta(minutes=5):
        return "the consent is dated in the future"
    missing = REQUIRED_SCOPE - set(consent.scope)
    if missing:
        return f"the consent does not cover {sorted(missing)}"
    return None


def default_period(today: date) -> tuple[date, date]:
    """The last 12 full calendar months before the current one (Asia/Shanghai)."""
    end = today.replace(day=1) - timedelta(days=1)
    start_month = end.year * 12 + end.month - 1 - 11
    return date(start_month // 12, start_month % 12 + 1, 1), end


def _members_by_index(request: CheckRequest, pii_key: str) -> dict[str, Member]:
    errors = []
    found: dict[str, Member] = {}
    for i, member in enumerate(request.members):
        try:
            number = resident_id.parse(member.id_number).number
        except resident_id.InvalidResidentId as exc:
            errors.append({"field": f"members.{i}.id_number", "message": str(exc)})
            continue
        index = pii.blind_index(number, pii_key)
        if index in found:
            errors.append({"field": f"members.{i}.id_number", "message": "appears twice"})
        found[index] = member
    if errors:
        raise InvalidInput(
            f"The household snapshot has {len(errors)} invalid member(s)", errors=errors
        )
    return found


async def run_check(
    session: AsyncSession,
    *,
    request: CheckRequest,
    requested_by: str,
    settings: VerificationSettings,
) -> EconomicCheck:
    """Compute and store a new report version; raises ConsentMissing without valid consent."""
    problem = consent_problem(request)
    if problem is not None:
        raise ConsentMissing(f"No economic check without the household's authorization: {problem}")
    members = _members_by_index(request, settings.pii_key)
    today = today_in_china()
    if request.period is not None:
        period = (request.period.from_, request.period.to)
        if period[0] > period[1]:
            raise InvalidInput(
                "The period ends before it starts",
                errors=[{"field": "period.to", "message": "must not be before period.from"}],
            )
    else:
        period = default_period(today)
    assert request.consent is not None
    kinds = [KIND_BY_SCOPE[s] for s in request.consent.scope if s in KIND_BY_SCOPE]
    records = await repository.records_for_check(
        session,
        list(members),
        kinds=kinds,
        income_since=period[0],
        expenditure_since=period[1] - timedelta(days=365),
    )
    limits = {
        "financial_assets_per_capita_yuan": request.limits.financial_assets_per_capita_yuan
        or settings.default_financial_assets_limit_per_capita_yuan,
        "vehicles": request.limits.vehicles
        if request.limits.vehicles is not None
        else settings.default_vehicles_limit,
        "extra_housing": request.limits.extra_housing
        if request.limits.extra_housing is not None
        else settings.default_extra_housing_limit,
    }
    outcome = compute.compute(
        request,
        members_by_index=members,
        records=records,
        period=period,
        as_of=today,
        tolerance=compute.Tolerance(
            ratio=Decimal(settings.discrepancy_tolerance_ratio),
            yuan=Decimal(settings.discrepancy_tolerance_yuan),
        ),
        limits=limits,
    )
    # What the consent let the check read: a section outside it is empty, not verified as nil.
    outcome.report["consent_scope"] = sorted(request.consent.scope)
    values: dict[str, Any] = {
        "id": uuid.uuid4(),
        "application_id": request.application_id,
        "household_id": request.household_id,
        "household_version": request.household_version,
        "region_code": request.region_code,
        "consent_id": request.consent.consent_id,
        "period_from": period[0],
        "period_to": period[1],
        "conclusion": outcome.conclusion,
        "summary": outcome.summary,
        "report": outcome.report,
        "facts": outcome.facts,
        "requested_by": requested_by,
        "created_at": utcnow(),
    }
    # Written with Core: a report is never updated, so the session has nothing to track; the
    # object returned is the stored row's values.
    stored = await repository.add_next_version(session, values)
    check = EconomicCheck(**values, version=stored.version)
    enqueue(
        session,
        OutboxEvent,
        destination="intake",
        topic="check.completed",
        payload={
            "application_id": str(check.application_id),
            "check_id": str(check.id),
            "check_version": check.version,
            "conclusion": check.conclusion,
            "summary": check.summary,
        },
    )
    if stored.assessment_id is not None:
        double_check.announce(
            session,
            check=check,
            assessment_id=stored.assessment_id,
            assessment_conclusion=stored.assessment_conclusion,
        )
    return check


async def refuse(session: AsyncSession, *, request: CheckRequest, reason: str) -> None:
    """An event-requested check without valid consent: tell intake, store nothing."""
    enqueue(
        session,
        OutboxEvent,
        destination="intake",
        topic="check.completed",
        payload={
            "application_id": str(request.application_id),
            "check_id": None,
            "check_version": None,
            "conclusion": "consent_invalid",
            "summary": {"reason": reason},
        },
    )


async def create(
    session: AsyncSession,
    *,
    request: CheckRequest,
    principal: Principal,
    settings: VerificationSettings,
) -> EconomicCheck:
    """Staff request a (re-)check for a household in their region."""
    if not principal.sees_region(request.region_code):
        raise Forbidden(
            f"Region {request.region_code} is outside your scope ({principal.region_scope or 'none'})"
        )
    return await run_check(
        session, request=request, requested_by=principal.subject, settings=settings
    )


async def get_visible(
    session: AsyncSession, *, check_id: uuid.UUID, principal: Principal
) -> EconomicCheck:
    check = await repository.get(session, check_id)
    if check is None or not principal.sees_region(check.region_code):
        raise NotFound(f"Check {check_id} does not exist or is outside your region")
    return check


async def listing(
    session: AsyncSession,
    *,
    application_id: uuid.UUID | None,
    household_id: uuid.UUID | None,
    limit: int,
    principal: Principal,
) -> list[EconomicCheck]:
    """An application's or a household's checks in the caller's region, newest first."""
    if application_id is None and household_id is None:
        raise InvalidInput(
            "Name the application or the household whose checks you want",
            errors=[{"field": "application_id", "message": "application_id or household_id"}],
        )
    checks = await repository.newest_first(
        session, application_id=application_id, household_id=household_id, limit=limit
    )
    return [c for c in checks if principal.sees_region(c.region_code)]
