"""Moving an application between states: the timeline entry and the effects every move carries."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications import outbound, repository, states
from intake.applications.models import Application, Consent, TimelineEntry
from intake.clock import SHANGHAI, now
from intake.db import new_row
from intake.households import repository as households
from intake.households.service import Declared
from intake.parameters import service as parameters
from jiuzhu_kit.errors import Conflict, InvalidInput


def record(
    session: AsyncSession,
    application: Application,
    *,
    actor: str,
    role: str,
    event: str,
    reason: str | None = None,
    from_state: str | None = None,
    to_state: str | None = None,
) -> None:
    """Add one entry to the case timeline (readable by the household and by staff)."""
    session.add(
        new_row(
            TimelineEntry,
            application_id=application.id,
            at=now(),
            actor=actor,
            actor_role=role,
            event=event,
            from_state=from_state,
            to_state=to_state,
            reason=reason,
        )
    )


def active_consent(consent: Consent | None) -> Consent | None:
    return consent if consent is not None and consent.revoked_at is None else None


def refuse(application: Application, target: str, detail: str | None = None) -> Conflict:
    allowed = states.allowed(application.state, application.kind)
    return Conflict(
        detail
        or f"An application in state {application.state!r} cannot move to {target!r}; "
        f"allowed from here: {', '.join(allowed) or 'none (the application is closed)'}",
        current_state=application.state,
        allowed_transitions=allowed,
    )


async def move(
    session: AsyncSession,
    application: Application,
    target: str,
    *,
    actor: str,
    role: str,
    reason: str | None = None,
    consent: Consent | None = None,
    declared: Declared | None = None,
) -> None:
    """Apply one transition of the state machine with its effects; refuses moves the graph lacks.

    `consent` and `declared` pass along rows the caller has just written, so they are not re-read.
    """
    if states.step(application.state, target, application.kind) is None:
        raise refuse(application, target)
    source = application.state
    at = now()
    if target == "submitted":
        consent = active_consent(consent or await repository.consent_of(session, application.id))
        if consent is None:
            raise InvalidInput(
                "An application is submitted only with the household's consent to the economic "
                "check (授权核对)",
                errors=[{"field": "consent", "message": "no unrevoked consent is on record"}],
            )
        day = at.astimezone(SHANGHAI).date()
        timing = await parameters.effective(session, region_code=application.region_code, on=day)
        application.submitted_at = at
        application.decision_due_at = at + timedelta(days=timing.decision_time_limit_days)
    if target == "public_notice":
        day = at.astimezone(SHANGHAI).date()
        timing = await parameters.effective(session, region_code=application.region_code, on=day)
        application.public_notice_ends_at = at + timedelta(days=timing.public_notice_days)
    if target == "approved" and source == "public_notice":
        ends = application.public_notice_ends_at
        if ends is not None and at < ends:
            raise refuse(
                application,
                target,
                f"The public notice runs until {ends.astimezone(SHANGHAI):%Y-%m-%d %H:%M} "
                "(Asia/Shanghai); approval comes after it ends",
            )
    if target in ("rejected", "exited") and not reason:
        raise InvalidInput(
            f"Moving to {target!r} needs a reason the household can read",
            errors=[{"field": "reason", "message": "required for this transition"}],
        )
    application.state = target
    application.updated_at = at
    if target in states.FINAL_STATES:
        application.open_key = None  # the person may apply for this kind again
        application.closing_reason = reason
    session.add(application)
    record(
        session,
        application,
        actor=actor,
        role=role,
        event="transition",
        reason=reason,
        from_state=source,
        to_state=target,
    )
    await _effects(session, application, source, target, consent=consent, declared=declared)


async def _effects(
    session: AsyncSession,
    application: Application,
    source: str,
    target: str,
    *,
    consent: Consent | None,
    declared: Declared | None,
) -> None:
    if target == "submitted":
        # Submitted with consent: the economic check is asked for at once, through the outbox.
        household = (
            declared.household
            if declared is not None
            else await households.get(session, application.household_id)
        )
        assert consent is not None and household is not None
        await outbound.request_check(session, application, household, consent, declared=declared)
        await move(
            session,
            application,
            "verifying",
            actor="intake",
            role=states.SYSTEM,
            reason="已请求家庭经济状况核对",
        )
    elif target == "approved":
        if application.kind in states.EMERGENCY_KINDS and source != "public_notice":
            documents = await repository.documents_of(session, application.id)
            application.documents_pending = not documents
        consent = await repository.consent_of(session, application.id)
        await outbound.send_uncovered_needs(session, application, consent)
    elif target == "enrolled":
        await outbound.announce_enrolment(session, application)
    elif target == "exited":
        outbound.announce_exit(session, application, application.closing_reason or "")
