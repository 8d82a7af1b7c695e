"""Household rules: valid ID numbers and region codes, one household per person, scope by region."""

from __future__ import annotations

import uuid

from jiuzhu_kit import pii, regions, resident_id
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Conflict, Forbidden, InvalidInput, NotFound
from jiuzhu_kit.outbox import enqueue
from sqlalchemy.ext.asyncio import AsyncSession

from intake.db import OutboxEvent
from intake.households import repository
from intake.households.models import Household, Member
from intake.households.schemas import HouseholdCreate, HouseholdRead, MemberRead

# Roles whose work needs the full ID number (verification, home visits); everyone else sees it masked.
UNMASKED_ROLES = ("caseworker", "reviewer", "admin", "service")
STAFF_ROLES = ("caseworker", "reviewer", "admin", "auditor", "service")


def _validate(data: HouseholdCreate) -> list[dict[str, str]]:
    errors: list[dict[str, str]] = []
    code = data.region_code
    try:
        if len(code) == 12:
            regions.validate_village(code, code[:9])
        else:
            regions.validate_township(code)
    except regions.UnknownRegion as exc:
        errors.append({"field": "region_code", "message": str(exc)})
    seen: set[str] = set()
    heads = 0
    for i, member in enumerate(data.members):
        field = f"members.{i}.id_number"
        try:
            rid = resident_id.parse(member.id_number)
        except resident_id.InvalidResidentId as exc:
            errors.append({"field": field, "message": str(exc)})
            continue
        if rid.number in seen:
            errors.append({"field": field, "message": "the same ID number appears twice"})
        seen.add(rid.number)
        if member.birth_date is not None and member.birth_date != rid.birth_date:
            errors.append(
                {
                    "field": f"members.{i}.birth_date",
                    "message": f"declared {member.birth_date}, but the ID number says "
                    f"{rid.birth_date}",
                }
            )
        if member.sex is not None and member.sex != rid.sex:
            errors.append(
                {
                    "field": f"members.{i}.sex",
                    "message": f"declared {member.sex}, but the ID number says {rid.sex}",
                }
            )
        heads += member.relation == "head"
    if heads != 1:
        errors.append(
            {"field": "members", "message": f"exactly one member must be the head (got {heads})"}
        )
    return errors


async def create(
    session: AsyncSession, *, data: HouseholdCreate, principal: Principal, pii_key: str
) -> Household:
    errors = _validate(data)
    if errors:
        raise InvalidInput(
            "The household declaration breaks "
            f"{len(errors)} rule(s): " + "; ".join(e["message"] for e in errors[:3]),
            errors=errors,
        )
    if not principal.has_any("applicant") and not principal.sees_region(data.region_code):
        raise Forbidden(
            f"Region {data.region_code} is outside your scope ({principal.region_scope or 'none'})"
        )
    indexes = [pii.blind_index(m.id_number.upper(), pii_key) for m in data.members]
    existing = await repository.find_by_member_index(session, indexes)
    if existing is not None:
        raise Conflict(
            "A member of this declaration already belongs to another household",
            household_id=str(existing.id),
        )
    household = Household(
        region_code=data.region_code,
        address=data.address,
        registration=data.registration,
        head_id_index=indexes[[m.relation for m in data.members].index("head")],
        created_by=principal.subject,
    )
    session.add(household)
    for position, (member, index) in enumerate(zip(data.members, indexes, strict=True)):
        rid = resident_id.parse(member.id_number)
        session.add(
            Member(
                household_id=household.id,
                position=position,
                name=member.name,
                id_number=rid.number,
                id_index=index,
                birth_date=rid.birth_date,
                sex=rid.sex,
                relation=member.relation,
                phone=member.phone,
            )
        )
    await session.flush()
    # Verification keeps the composition it checks and monitors; the outbox makes sure it learns it.
    enqueue(
        session,
        OutboxEvent,
        destination="verification",
        topic="household.declared",
        payload={
            "household_id": str(household.id),
            "region_code": household.region_code,
            "version": household.version,
            "member_indexes": indexes,
        },
    )
    return household


def _visible(household: Household, principal: Principal) -> bool:
    if principal.has_any(*STAFF_ROLES):
        return principal.sees_region(household.region_code)
    return household.created_by == principal.subject


async def get_visible(
    session: AsyncSession, *, household_id: uuid.UUID, principal: Principal
) -> Household:
    household = await repository.get(session, household_id)
    # Out of scope looks exactly like absent: a caseworker must not learn that a household exists.
    if household is None or not _visible(household, principal):
        raise NotFound(f"Household {household_id} not found")
    return household


async def to_read(
    session: AsyncSession, household: Household, principal: Principal
) -> HouseholdRead:
    reveal = principal.has_any(*UNMASKED_ROLES)
    members = await repository.members_of(session, household.id)
    return HouseholdRead(
        id=household.id,
        region_code=household.region_code,
        region_name=regions.full_name(household.region_code),
        address=household.address,
        registration=household.registration,
        version=household.version,
        created_at=household.created_at,
        members=[
            MemberRead(
                id=m.id,
                name=m.name,
                id_number=m.id_number if reveal else pii.mask_id_number(m.id_number),
                relation=m.relation,
                birth_date=m.birth_date,
                sex=m.sex,
                phone=(m.phone if reveal else pii.mask_phone(m.phone)) if m.phone else None,
            )
            for m in members
        ],
    )


async def list_visible(
    session: AsyncSession, *, principal: Principal, limit: int, offset: int
) -> tuple[list[Household], int]:
    if not principal.has_any(*STAFF_ROLES):
        raise Forbidden("Listing households is for staff; applicants read their own household")
    prefixes = None if not principal.region_scope else [principal.region_scope]
    return await repository.page(session, region_prefixes=prefixes, limit=limit, offset=offset)
