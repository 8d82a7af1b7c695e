"""`/v1/referrals`: propose, send, answer, serve, deliver and confirm referrals (closed loop)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from charity.access import DIRECTORY_ROLES, StaffOrPartner
from charity.clock import ClockDep
from charity.policy import PolicyDep
from charity.referrals import listing, service, views
from charity.referrals.schemas import (
    DeclineIn,
    ExpiryRun,
    OccurrenceOutcome,
    ReferralCreate,
    ReferralPage,
    ReferralRead,
    ReferralStatus,
)
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep

router = APIRouter(prefix="/v1/referrals", tags=["referrals"])

Linker = Annotated[Principal, Depends(require_roles("caseworker", "admin", "charity_partner"))]
Participant = Annotated[Principal, Depends(require_roles(*DIRECTORY_ROLES))]
Operator = Annotated[Principal, Depends(require_roles("admin", "service"))]
Action = Literal["send", "accept", "start", "deliver", "confirm", "cancel"]


@router.post("", status_code=201, response_model=ReferralRead, summary="Propose a referral")
async def create_referral(
    data: ReferralCreate,
    session: SessionDep,
    principal: Linker,
    clock: ClockDep,
    policy: PolicyDep,
) -> ReferralRead:
    referral = await service.create(
        session, data=data, principal=principal, now=clock(), policy=policy
    )
    return await views.to_read(session, referral, principal)


@router.get("", response_model=ReferralPage, summary="Referrals in scope")
async def list_referrals(
    session: SessionDep,
    principal: StaffOrPartner,
    household_id: uuid.UUID | None = None,
    status: ReferralStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ReferralPage:
    items, total = await listing.list_visible(
        session,
        principal=principal,
        household_id=household_id,
        status=status,
        limit=limit,
        offset=offset,
    )
    return ReferralPage(
        items=[views.to_summary(r) for r in items], total=total, limit=limit, offset=offset
    )


@router.post(
    "/expire-overdue",
    response_model=ExpiryRun,
    summary="Expire sent referrals nobody answered in time (also done by a background sweeper)",
)
async def expire_overdue(session: SessionDep, principal: Operator, clock: ClockDep) -> ExpiryRun:
    return ExpiryRun(expired=await service.expire_overdue(session, now=clock()))


@router.get("/{referral_id}", response_model=ReferralRead, summary="Read a referral")
async def get_referral(
    referral_id: uuid.UUID, session: SessionDep, principal: Participant, clock: ClockDep
) -> ReferralRead:
    referral = await service.get_visible(
        session, referral_id=referral_id, principal=principal, now=clock()
    )
    return await views.to_read(session, referral, principal)


@router.post(
    "/{referral_id}/decline", response_model=ReferralRead, summary="Decline, giving the reason"
)
async def decline(
    referral_id: uuid.UUID,
    data: DeclineIn,
    session: SessionDep,
    principal: Participant,
    clock: ClockDep,
    policy: PolicyDep,
) -> ReferralRead:
    referral = await service.act(
        session,
        referral_id=referral_id,
        action="decline",
        principal=principal,
        now=clock(),
        policy=policy,
        reason=data.reason,
    )
    return await views.to_read(session, referral, principal)


@router.post(
    "/{referral_id}/occurrences/{seq}",
    response_model=ReferralRead,
    summary="Record one occurrence of a recurring referral as delivered or missed",
)
async def record_occurrence(
    referral_id: uuid.UUID,
    seq: int,
    data: OccurrenceOutcome,
    session: SessionDep,
    principal: Participant,
    clock: ClockDep,
) -> ReferralRead:
    referral = await service.record_occurrence(
        session,
        referral_id=referral_id,
        seq=seq,
        outcome=data.outcome,
        note=data.note,
        principal=principal,
        now=clock(),
    )
    return await views.to_read(session, referral, principal)


@router.post(
    "/{referral_id}/{action}",
    response_model=ReferralRead,
    summary="Move a referral: send, accept, start (in service), deliver, confirm, cancel",
)
async def act(
    referral_id: uuid.UUID,
    action: Action,
    session: SessionDep,
    principal: Participant,
    clock: ClockDep,
    policy: PolicyDep,
) -> ReferralRead:
    referral = await service.act(
        session,
        referral_id=referral_id,
        action=action,
        principal=principal,
        now=clock(),
        policy=policy,
    )
    return await views.to_read(session, referral, principal)
