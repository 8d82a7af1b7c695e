"""Household rules: profiles from intake's `needs.uncovered` or a caseworker, consent-gated visibility."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from charity.access import is_staff, partner_organization
from charity.households import repository
from charity.households.models import HouseholdNeed, HouseholdProfile
from charity.households.schemas import (
    HouseholdRead,
    HouseholdRegister,
    MemberSummary,
    NeedIn,
    NeedRead,
)
from charity.organizations import repository as organization_repository
from charity.validation import FieldErrors, check_region, raise_if, region_name
from jiuzhu_kit import pii, regions
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.errors import Forbidden, InvalidInput, NotFound

SEVERE_DISABILITY_GRADES = (1, 2)  # 重度残疾: grade 1–2

# Matching's group codes (docs/contracts.md) → the target groups resources and the love list name.
# A 特困 person known through intake lives in a household, so is dispersed (分散供养), not in a home.
GROUP_TAGS: dict[str, tuple[str, ...]] = {
    "tekun": ("tekun", "dispersed_tekun"),
    "tekun_dispersed": ("tekun", "dispersed_tekun"),
    "tekun_centralized": ("tekun",),
    "orphan": ("orphan",),
    "dibao": ("dibao",),
    "return_to_poverty_monitoring": ("dibao",),
    "dibao_edge": ("low_income_edge",),
    "low_income_edge": ("low_income_edge",),
    "rigid_expenditure": ("rigid_expenditure",),
}


def tags(profile: HouseholdProfile) -> set[str]:
    """The target groups a household belongs to, from its circle/group and its members."""
    found: set[str] = set()
    group = (profile.group or "").lower()
    found.update(GROUP_TAGS.get(group, ()))
    for member in profile.members:
        age = int(member.get("age", 0))
        if age >= 60:
            found.add("elderly")
        if age < 18:
            found.add("child")
        if member.get("disability_category"):
            found.add("disability")
        if member.get("disability_grade") in SEVERE_DISABILITY_GRADES:
            found.add("severe_disability")
        if member.get("serious_illness"):
            found.add("serious_illness")
    return found


def _masked(members: list[MemberSummary]) -> list[dict[str, Any]]:
    """Only masked names are stored: a caller sending a full name gets it masked (张三丰 -> 张**)."""
    out = []
    for member in members:
        row = member.model_dump()
        if "*" not in member.name_masked:
            row["name_masked"] = pii.mask_name(member.name_masked)
        out.append(row)
    return out


def _add_needs(
    session: AsyncSession,
    profile: HouseholdProfile,
    needs: list[NeedIn],
    existing: list[HouseholdNeed],
    application_id: uuid.UUID | None,
) -> list[HouseholdNeed]:
    seen = {(n.application_id, n.category, n.text) for n in existing}
    added = []
    for need in needs:
        key = (application_id, need.category, need.text)
        if key in seen:  # a redelivered event or a repeated registration adds nothing
            continue
        seen.add(key)
        row = HouseholdNeed(
            household_id=profile.household_id, application_id=application_id, **need.model_dump()
        )
        session.add(row)
        added.append(row)
    return added


async def register(
    session: AsyncSession, *, household_id: uuid.UUID, data: HouseholdRegister, principal: Principal
) -> HouseholdProfile:
    errors: FieldErrors = []
    code = check_region(data.region_code, "region_code", errors)
    for i, need in enumerate(data.needs):
        if need.person_index is not None and need.person_index >= len(data.members):
            errors.append({"field": f"needs.{i}.person_index", "message": "no such member"})
    raise_if(errors, "household")
    assert code is not None
    if not principal.sees_region(code):
        raise Forbidden(f"Region {code} is outside your scope ({principal.region_scope or 'none'})")
    profile = await repository.get(session, household_id)
    if profile is None:
        profile = HouseholdProfile(
            household_id=household_id, region_code=code, members=[], source="caseworker"
        )
    elif not principal.sees_region(profile.region_code):
        raise NotFound(f"Household {household_id} not found")
    profile.region_code = code
    profile.circle, profile.group = data.circle, data.group
    profile.consent_to_share = data.consent_to_share
    profile.members = _masked(data.members)
    profile.applicant_subject = data.applicant_subject
    profile.updated_at = utcnow()
    session.add(profile)
    await session.flush()
    existing = await repository.needs_of(session, household_id)
    _add_needs(session, profile, data.needs, existing, None)
    await session.flush()
    return profile


async def record_uncovered(session: AsyncSession, payload: dict[str, Any]) -> HouseholdProfile:
    """Apply intake's `needs.uncovered`: the household's profile and its needs, idempotently."""
    try:
        household_id = uuid.UUID(str(payload["household_id"]))
        application_id = uuid.UUID(str(payload["application_id"]))
        code = regions.lookup(str(payload["region_code"])).code
        household = payload.get("household") or {}
        members = [MemberSummary.model_validate(m) for m in household.get("members", [])]
        needs = [NeedIn.model_validate(n) for n in payload.get("needs", [])]
    except (KeyError, ValueError, ValidationError, regions.UnknownRegion) as exc:
        raise InvalidInput(
            f"needs.uncovered is malformed: {exc}",
            errors=[{"field": "payload", "message": str(exc)[:500]}],
        ) from exc
    profile = await repository.get(session, household_id)
    if profile is None:
        profile = HouseholdProfile(
            household_id=household_id, region_code=code, members=[], source="intake"
        )
    profile.application_id = application_id
    profile.region_code = code
    profile.circle = household.get("circle")
    profile.group = household.get("group")
    profile.consent_to_share = bool(payload.get("consent_to_share"))
    profile.members = _masked(members)
    profile.updated_at = utcnow()
    session.add(profile)
    await session.flush()
    existing = await repository.needs_of(session, household_id)
    _add_needs(session, profile, needs, existing, application_id)
    await session.flush()
    return profile


async def partner_covers(session: AsyncSession, principal: Principal, region_code: str) -> bool:
    """A social-work agency's partner may link households its organization serves."""
    org_id = partner_organization(principal)
    if org_id is None:
        return False
    organization = await organization_repository.get(session, org_id)
    if organization is None or organization.kind != "social_work_agency":
        return False
    return any(regions.within(region_code, scope) for scope in organization.regions_served)


async def get_visible(
    session: AsyncSession, *, household_id: uuid.UUID, principal: Principal
) -> HouseholdProfile:
    """Staff of the region see it; a social-work agency only with the household's consent."""
    profile = await repository.get(session, household_id)
    if profile is not None:
        if is_staff(principal) and principal.sees_region(profile.region_code):
            return profile
        if profile.consent_to_share and await partner_covers(
            session, principal, profile.region_code
        ):
            return profile
    raise NotFound(f"Household {household_id} not found")


async def get_need(
    session: AsyncSession, *, need_id: uuid.UUID, principal: Principal
) -> tuple[HouseholdNeed, HouseholdProfile]:
    need = await repository.get_need(session, need_id)
    if need is None:
        raise NotFound(f"Need {need_id} not found")
    try:
        profile = await get_visible(session, household_id=need.household_id, principal=principal)
    except NotFound:
        raise NotFound(f"Need {need_id} not found") from None
    return need, profile


def need_read(need: HouseholdNeed) -> NeedRead:
    return NeedRead.model_validate(need, from_attributes=True)


async def to_read(
    session: AsyncSession, profile: HouseholdProfile, principal: Principal
) -> HouseholdRead:
    needs = await repository.needs_of(session, profile.household_id)
    show_members = is_staff(principal) or profile.consent_to_share
    return HouseholdRead(
        household_id=profile.household_id,
        region_code=profile.region_code,
        region_name=region_name(profile.region_code),
        circle=profile.circle,
        group=profile.group,
        consent_to_share=profile.consent_to_share,
        members=[MemberSummary.model_validate(m) for m in profile.members]
        if show_members
        else None,
        needs=[need_read(n) for n in needs],
    )


async def open_needs(session: AsyncSession, *, principal: Principal, limit: int) -> list[NeedRead]:
    if not is_staff(principal):
        raise Forbidden("The list of open needs is for caseworkers and reviewers")
    prefixes = [principal.region_scope] if principal.region_scope else None
    rows = await repository.open_needs(session, region_prefixes=prefixes, limit=limit)
    return [need_read(need) for need, _ in rows]
