"""Referral rules: holds on stock and capacity, the same-kind guard, who may move which step, expiry."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from charity.access import acts_for, is_staff, partner_organization
from charity.clock import local_date, period_key, step
from charity.errors import SameKindThisPeriod, TransitionNotAllowed
from charity.households import repository as household_repository
from charity.households import service as household_service
from charity.households.models import HouseholdProfile
from charity.policy import ReferralPolicy
from charity.records import service as record_service
from charity.referrals import repository
from charity.referrals.models import Referral, ReferralOccurrence, ReferralTransition
from charity.referrals.schemas import ReferralCreate
from charity.referrals.states import RELEASES_HOLD, next_status
from charity.resources import service as resource_service
from charity.resources.models import Resource
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput, NotFound


def _transition(
    session: AsyncSession,
    referral: Referral,
    to_status: str,
    *,
    by: str,
    at: datetime,
    reason: str | None = None,
) -> None:
    session.add(
        ReferralTransition(
            referral_id=referral.id,
            from_status=None if to_status == "proposed" else referral.status,
            to_status=to_status,
            by=by,
            reason=reason,
            at=at,
        )
    )
    referral.status, referral.updated_at = to_status, at
    session.add(referral)


async def _release_hold(session: AsyncSession, referral: Referral, resource: Resource) -> None:
    if referral.held_quantity:
        await resource_service.release(
            session,
            resource=resource,
            quantity=referral.held_quantity,
            period=referral.hold_period,
            referral_id=referral.id,
        )
        referral.held_quantity = 0


async def _apply(
    session: AsyncSession,
    referral: Referral,
    action: str,
    *,
    by: str,
    at: datetime,
    reason: str | None = None,
) -> Referral:
    to_status = next_status(referral.status, action)
    if to_status in RELEASES_HOLD:
        resource = await resource_service.get(session, resource_id=referral.resource_id)
        await _release_hold(session, referral, resource)
    _transition(session, referral, to_status, by=by, at=at, reason=reason)
    await session.flush()
    return referral


async def _guard(
    session: AsyncSession,
    *,
    profile: HouseholdProfile,
    resource: Resource,
    now: datetime,
    policy: ReferralPolicy,
) -> str:
    period = period_key(now, policy.guard_period)
    if not policy.guard_enabled:
        return period
    for kind, organization_id in await repository.kinds_this_period(
        session, household_id=profile.household_id, period=period
    ):
        if kind == resource.benefit_kind and organization_id != resource.organization_id:
            raise SameKindThisPeriod(
                f"The household already gets {kind!r} from another organization in {period}; "
                "one organization per kind and period",
                benefit_kind=kind,
                period=period,
            )
    return period


async def create(
    session: AsyncSession,
    *,
    data: ReferralCreate,
    principal: Principal,
    now: datetime,
    policy: ReferralPolicy,
) -> Referral:
    need, profile = await household_service.get_need(
        session, need_id=data.need_id, principal=principal
    )
    resource = await resource_service.get(session, resource_id=data.resource_id)
    if resource.category != need.category:
        raise InvalidInput(
            f"{resource.name} meets {resource.category} needs, not {need.category}",
            errors=[{"field": "resource_id", "message": "category differs from the need's"}],
        )
    if resource.status != "active":
        raise TransitionNotAllowed(f"{resource.name} is {resource.status}, not taking referrals")
    guard_period = await _guard(session, profile=profile, resource=resource, now=now, policy=policy)
    recurrence = data.recurrence
    if recurrence is not None and recurrence.start_on < local_date(now):
        raise InvalidInput(
            "A recurrence cannot start in the past",
            errors=[{"field": "recurrence.start_on", "message": "before today"}],
        )
    count = recurrence.count if recurrence else 1
    referral = Referral(
        household_id=profile.household_id,
        need_id=need.id,
        resource_id=resource.id,
        to_organization_id=resource.organization_id,
        referred_by=principal.subject,
        referred_by_organization_id=partner_organization(principal),
        region_code=profile.region_code,
        benefit_kind=resource.benefit_kind,
        quantity=data.quantity,
        guard_period=guard_period,
        share_personal_data=profile.consent_to_share,
        note=data.note,
        recurrence_unit=recurrence.every if recurrence else None,
        recurrence_count=count if recurrence else None,
        start_on=recurrence.start_on if recurrence else None,
        created_at=now,
        updated_at=now,
    )
    session.add(referral)
    await session.flush()
    # Goods are held for every occurrence; a service holds its caseload slots for the period.
    held = data.quantity * count if resource.kind == "goods" else data.quantity
    referral.hold_period = await resource_service.hold(
        session, resource=resource, quantity=held, at=now, referral_id=referral.id
    )
    no_hold = resource.kind != "goods" and referral.hold_period is None
    referral.held_quantity = 0 if no_hold else held
    if recurrence is not None:
        for seq in range(count):
            session.add(
                ReferralOccurrence(
                    referral_id=referral.id,
                    seq=seq + 1,
                    due_on=step(recurrence.start_on, recurrence.every, seq),
                )
            )
    _transition(session, referral, "proposed", by=principal.subject, at=now)
    need.status = "linked"
    session.add(need)
    await session.flush()
    return referral


# --- who may see and move a referral ------------------------------------------------------------


async def _profile(session: AsyncSession, referral: Referral) -> HouseholdProfile:
    profile = await household_repository.get(session, referral.household_id)
    assert profile is not None  # a foreign key guarantees it
    return profile


async def _visible(session: AsyncSession, referral: Referral, principal: Principal) -> bool:
    if is_staff(principal):
        return principal.sees_region(referral.region_code)
    if acts_for(principal, referral.to_organization_id) or acts_for(
        principal, referral.referred_by_organization_id
    ):
        return True
    if principal.has_any("applicant"):
        return (await _profile(session, referral)).applicant_subject == principal.subject
    return False


async def get_visible(
    session: AsyncSession,
    *,
    referral_id: uuid.UUID,
    principal: Principal,
    now: datetime,
    lock: bool = False,
) -> Referral:
    """The referral if the caller may see it (else 404), expired first if its deadline passed."""
    referral = await (repository.get_for_update if lock else repository.get)(session, referral_id)
    if referral is None or not await _visible(session, referral, principal):
        raise NotFound(f"Referral {referral_id} not found")
    await _expire_if_overdue(session, referral, now)
    return referral


def _require_sender(referral: Referral, principal: Principal) -> None:
    if principal.has_any("admin") or referral.referred_by == principal.subject:
        return
    if acts_for(principal, referral.referred_by_organization_id):
        return
    if principal.has_any("caseworker") and principal.sees_region(referral.region_code):
        return
    raise Forbidden("Only whoever proposed this referral (or a local caseworker) may do that")


def _require_receiver(referral: Referral, principal: Principal) -> None:
    if principal.has_any("admin") or acts_for(principal, referral.to_organization_id):
        return
    raise Forbidden("Only the organization the referral was sent to may do that")


async def act(
    session: AsyncSession,
    *,
    referral_id: uuid.UUID,
    action: str,
    principal: Principal,
    now: datetime,
    policy: ReferralPolicy,
    reason: str | None = None,
) -> Referral:
    """send, cancel (the sender); accept, decline, start, deliver (the receiver); confirm."""
    referral = await get_visible(
        session, referral_id=referral_id, principal=principal, now=now, lock=True
    )
    if action in ("send", "cancel"):
        _require_sender(referral, principal)
    elif action == "confirm":
        profile = await _profile(session, referral)
        household_itself = profile.applicant_subject == principal.subject
        local_staff = principal.has_any("caseworker", "admin") and principal.sees_region(
            referral.region_code
        )
        if not (household_itself or local_staff):
            raise Forbidden("Delivery is confirmed by the household or its caseworker")
    else:
        _require_receiver(referral, principal)
    if action == "deliver":
        return await _deliver(session, referral, principal=principal, now=now)
    next_status(referral.status, action)  # refuse before any side effect
    if action == "send":
        referral.respond_by = now + timedelta(hours=policy.response_hours)
    if action == "decline":
        referral.decline_reason = reason
    if action == "confirm":
        referral.confirmed_by = principal.subject
    return await _apply(session, referral, action, by=principal.subject, at=now, reason=reason)


async def _deliver(
    session: AsyncSession, referral: Referral, *, principal: Principal, now: datetime
) -> Referral:
    next_status(referral.status, "deliver")
    if referral.recurrence_unit is not None:
        raise TransitionNotAllowed(
            "A recurring referral is delivered occurrence by occurrence "
            f"(POST /v1/referrals/{referral.id}/occurrences/{{seq}})"
        )
    resource = await resource_service.get(session, resource_id=referral.resource_id)
    await resource_service.consume(
        session,
        resource=resource,
        quantity=referral.held_quantity,
        period=referral.hold_period,
        referral_id=referral.id,
    )
    referral.held_quantity = 0
    _record_service(session, referral, resource, by=principal.subject, now=now)
    return await _apply(session, referral, "deliver", by=principal.subject, at=now)


def _record_service(
    session: AsyncSession, referral: Referral, resource: Resource, *, by: str, now: datetime
) -> None:
    record_service.add(
        session,
        organization_id=resource.organization_id,
        resource_id=resource.id,
        project=resource.name,
        service_type=resource.benefit_kind,
        channel="referral",
        region_code=referral.region_code,
        person_times=1,
        served_on=local_date(now),
        recorded_by=by,
        household_id=referral.household_id,
        referral_id=referral.id,
    )


async def record_occurrence(
    session: AsyncSession,
    *,
    referral_id: uuid.UUID,
    seq: int,
    outcome: str,
    note: str | None,
    principal: Principal,
    now: datetime,
) -> Referral:
    referral = await get_visible(
        session, referral_id=referral_id, principal=principal, now=now, lock=True
    )
    _require_receiver(referral, principal)
    if referral.status != "in_service":
        raise TransitionNotAllowed(
            f"Occurrences are recorded while the referral is in_service, not {referral.status!r}"
        )
    occurrences = await repository.occurrences(session, referral.id)
    occurrence = next((o for o in occurrences if o.seq == seq), None)
    if occurrence is None:
        raise NotFound(f"Referral {referral_id} has no occurrence {seq}")
    if occurrence.status != "scheduled":
        raise TransitionNotAllowed(f"Occurrence {seq} is already {occurrence.status}")
    resource = await resource_service.get(session, resource_id=referral.resource_id)
    portion = referral.quantity if resource.kind == "goods" else referral.held_quantity
    portion = min(portion, referral.held_quantity)
    if outcome == "delivered":
        await resource_service.consume(
            session,
            resource=resource,
            quantity=portion,
            period=referral.hold_period,
            referral_id=referral.id,
        )
        referral.held_quantity -= portion
        _record_service(session, referral, resource, by=principal.subject, now=now)
    elif resource.kind == "goods" and portion:
        await resource_service.release(
            session,
            resource=resource,
            quantity=portion,
            period=referral.hold_period,
            referral_id=referral.id,
        )
        referral.held_quantity -= portion
    occurrence.status, occurrence.recorded_at, occurrence.note = outcome, now, note
    session.add(occurrence)
    if all(o.status != "scheduled" for o in occurrences):
        await _release_hold(session, referral, resource)
        _transition(session, referral, "delivered", by=principal.subject, at=now)
    session.add(referral)
    await session.flush()
    return referral


# --- expiry ----------------------------------------------------------------------------------------


async def _expire_if_overdue(session: AsyncSession, referral: Referral, now: datetime) -> None:
    if referral.status == "sent" and referral.respond_by is not None and referral.respond_by <= now:
        await _apply(
            session,
            referral,
            "expire",
            by="system",
            at=now,
            reason=f"no answer by {referral.respond_by.isoformat()}",
        )


async def expire_overdue(session: AsyncSession, *, now: datetime) -> list[uuid.UUID]:
    """Expire every sent referral whose answer deadline has passed, releasing its hold."""
    expired = []
    for referral_id in await repository.overdue(session, now):
        referral = await repository.get_for_update(session, referral_id)
        if referral is None:
            continue
        before = referral.status
        await _expire_if_overdue(session, referral, now)
        if referral.status != before:
            expired.append(referral.id)
    return expired
