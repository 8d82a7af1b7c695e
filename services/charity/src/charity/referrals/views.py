"""What each reader sees of a referral: charities get masked data, only with consent, only the need's."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from charity.access import is_staff
from charity.households import repository as household_repository
from charity.households.schemas import MemberSummary
from charity.referrals import repository
from charity.referrals.models import Referral
from charity.referrals.schemas import (
    OccurrenceRead,
    Recurrence,
    ReferralRead,
    ReferralSummary,
    SharedHousehold,
    TransitionRead,
)
from charity.resources import repository as resource_repository
from charity.validation import region_name
from jiuzhu_kit.auth import Principal


async def to_read(session: AsyncSession, referral: Referral, principal: Principal) -> ReferralRead:
    need = (
        await household_repository.get_need(session, referral.need_id) if referral.need_id else None
    )
    resource = await resource_repository.get(session, referral.resource_id)
    profile = await household_repository.get(session, referral.household_id)
    household = None
    household_itself = profile is not None and profile.applicant_subject == principal.subject
    if profile is not None and (
        is_staff(principal) or household_itself or referral.share_personal_data
    ):
        members = [MemberSummary.model_validate(m) for m in profile.members]
        if not (is_staff(principal) or household_itself) and need and need.person_index is not None:
            # A charity learns only about the member the need concerns.
            members = members[need.person_index : need.person_index + 1]
        household = SharedHousehold(
            region_code=profile.region_code,
            region_name=region_name(profile.region_code),
            members=members,
        )
    recurrence = None
    if referral.recurrence_unit and referral.recurrence_count:
        recurrence = Recurrence(
            every=referral.recurrence_unit,
            count=referral.recurrence_count,
            start_on=referral.start_on or date.min,
        )
    return ReferralRead(
        id=referral.id,
        status=referral.status,
        household_id=referral.household_id,
        need_id=referral.need_id,
        need_category=need.category if need else None,
        need_text=need.text if need else None,
        resource_id=referral.resource_id,
        resource_name=resource.name if resource else "",
        to_organization_id=referral.to_organization_id,
        benefit_kind=referral.benefit_kind,
        quantity=referral.quantity,
        held_quantity=referral.held_quantity,
        respond_by=referral.respond_by,
        decline_reason=referral.decline_reason,
        recurrence=recurrence,
        occurrences=[
            OccurrenceRead.model_validate(o, from_attributes=True)
            for o in await repository.occurrences(session, referral.id)
        ],
        household=household,
        timeline=[
            TransitionRead.model_validate(t, from_attributes=True)
            for t in await repository.timeline(session, referral.id)
        ],
        created_at=referral.created_at,
    )


def to_summary(referral: Referral) -> ReferralSummary:
    return ReferralSummary.model_validate(referral, from_attributes=True)
