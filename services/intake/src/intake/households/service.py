"""Household rules: valid declarations, one household per person, versions with history, region scope."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from intake.clock import now
from intake.db import enqueue, new_row, write_new
from intake.households import repository, validation
from intake.households.models import Household, HouseholdVersion, Member, MemberAsset, MemberIncome
from intake.households.schemas import (
    AssetDeclared,
    HouseholdCreate,
    HouseholdHistory,
    HouseholdRead,
    HouseholdUpdate,
    HouseholdVersionRead,
    IncomeDeclared,
    MemberRead,
)
from jiuzhu_kit import pii, regions, resident_id
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Conflict, Forbidden, InvalidInput, NotFound

# Roles whose work needs the full ID number (verification, home visits); everyone else sees it masked.
UNMASKED_ROLES = ("caseworker", "reviewer", "admin", "service")
STAFF_ROLES = ("caseworker", "reviewer", "admin", "auditor", "service")


def _reject_if_invalid(data: HouseholdCreate, field_prefix: str = "") -> None:
    errors = [{**e, "field": field_prefix + e["field"]} for e in validation.problems(data)]
    if errors:
        raise InvalidInput(
            "The household declaration breaks "
            f"{len(errors)} rule(s): " + "; ".join(e["message"] for e in errors[:3]),
            errors=errors,
        )


def visible(household: Household, principal: Principal) -> bool:
    """Staff see their region; an applicant sees the household they declared."""
    if principal.has_any(*STAFF_ROLES):
        return principal.sees_region(household.region_code)
    return household.created_by == principal.subject


async def _refuse_members_of_other_households(
    session: AsyncSession,
    *,
    indexes: list[str],
    principal: Principal,
    excluding: uuid.UUID | None = None,
) -> None:
    other = await repository.find_active_by_member_index(session, indexes, excluding=excluding)
    if other is None:
        return
    # The other household is named only to someone allowed to read it.
    if visible(other, principal):
        raise Conflict(
            f"A member of this declaration already belongs to household {other.id}",
            household_id=str(other.id),
        )
    raise Conflict("A member of this declaration already belongs to another active household")


def _parsed(data: HouseholdCreate) -> list[resident_id.ResidentId]:
    """The members' resident IDs, parsed once for the rows and the snapshot (already validated)."""
    return [resident_id.parse(m.id_number) for m in data.members]


def _snapshot(data: HouseholdCreate, rids: list[resident_id.ResidentId]) -> str:
    doc = data.model_dump(mode="json", exclude={"reason"})
    for member, rid in zip(doc["members"], rids, strict=True):
        member.update(id_number=rid.number, birth_date=rid.birth_date.isoformat(), sex=rid.sex)
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def _member_fields(member: Any) -> dict[str, Any]:
    return member.model_dump(
        exclude={"id_number", "birth_date", "sex", "incomes", "assets", "name", "relation", "phone"}
    )


def _add_money(
    session: AsyncSession, member_id: uuid.UUID, member: Any
) -> tuple[list[MemberIncome], list[MemberAsset]]:
    incomes = [
        new_row(
            MemberIncome, member_id=member_id, position=n, type=i.type, monthly_yuan=i.monthly_yuan
        )
        for n, i in enumerate(member.incomes)
    ]
    assets = [
        new_row(MemberAsset, member_id=member_id, position=n, type=a.type, value_yuan=a.value_yuan)
        for n, a in enumerate(member.assets)
    ]
    session.add_all([*incomes, *assets])
    return incomes, assets


@dataclass
class Declared:
    """A household just declared, with the rows written for it (no need to read them back)."""

    household: Household
    members: list[Member] = field(default_factory=list)
    incomes: list[MemberIncome] = field(default_factory=list)
    assets: list[MemberAsset] = field(default_factory=list)


def _announce(session: AsyncSession, household: Household, indexes: list[str]) -> None:
    # Verification keeps the composition it checks and monitors; the outbox makes sure it learns it.
    enqueue(
        session,
        destination="verification",
        topic="household.declared",
        payload={
            "household_id": str(household.id),
            "region_code": household.region_code,
            "version": household.version,
            "member_indexes": indexes,
        },
    )


async def create(
    session: AsyncSession,
    *,
    data: HouseholdCreate,
    principal: Principal,
    pii_key: str,
    field_prefix: str = "",
) -> Household:
    """Declare a household; `field_prefix` names fields when it is declared inside another body."""
    declared = await declare(
        session, data=data, principal=principal, pii_key=pii_key, field_prefix=field_prefix
    )
    return declared.household


async def declare(
    session: AsyncSession,
    *,
    data: HouseholdCreate,
    principal: Principal,
    pii_key: str,
    field_prefix: str = "",
    write: bool = True,
) -> Declared:
    """Like `create`, returning the member, income and asset rows too.

    With `write=False` the rows are left in the session for the caller's `write_new`, so that
    they are written in one go with what the caller adds.
    """
    _reject_if_invalid(data, field_prefix)
    if not principal.has_any("applicant", "service") and not principal.sees_region(
        data.region_code
    ):
        raise Forbidden(
            f"Region {data.region_code} is outside your scope ({principal.region_scope or 'none'})"
        )
    indexes = [pii.blind_index(m.id_number.upper(), pii_key) for m in data.members]
    await _refuse_members_of_other_households(session, indexes=indexes, principal=principal)
    at = now()
    household = new_row(
        Household,
        region_code=data.region_code,
        address=data.address,
        registration=data.registration,
        head_id_index=indexes[[m.relation for m in data.members].index("head")],
        created_by=principal.subject,
        created_at=at,
        updated_at=at,
    )
    session.add(household)
    declared = Declared(household)
    rids = _parsed(data)
    for position, (member, index, rid) in enumerate(zip(data.members, indexes, rids, strict=True)):
        row = new_row(
            Member,
            household_id=household.id,
            position=position,
            name=member.name,
            id_number=rid.number,
            id_index=index,
            birth_date=rid.birth_date,
            sex=rid.sex,
            relation=member.relation,
            phone=member.phone,
            **_member_fields(member),
        )
        session.add(row)
        declared.members.append(row)
        incomes, assets = _add_money(session, row.id, member)
        declared.incomes += incomes
        declared.assets += assets
    session.add(
        new_row(
            HouseholdVersion,
            household_id=household.id,
            version=1,
            declaration=_snapshot(data, rids),
            reason="declared",
            changed_by=principal.subject,
            changed_at=at,
        )
    )
    _announce(session, household, indexes)
    if write:
        await write_new(session)  # parents first: the household before the rows referring to it
    return declared


async def update(
    session: AsyncSession,
    *,
    household_id: uuid.UUID,
    data: HouseholdUpdate,
    principal: Principal,
    pii_key: str,
) -> Household:
    """Replace the declaration: the household gets the next version; members keep their ids."""
    household = await get_visible(session, household_id=household_id, principal=principal)
    _reject_if_invalid(data)
    if not principal.has_any("applicant", "service") and not principal.sees_region(
        data.region_code
    ):
        raise Forbidden(f"Region {data.region_code} is outside your scope")
    rids = _parsed(data)
    snapshot = _snapshot(data, rids)
    versions = await repository.versions_of(session, household.id)
    if versions and versions[-1].declaration == snapshot:
        return household  # nothing changed: no new version
    indexes = [pii.blind_index(m.id_number.upper(), pii_key) for m in data.members]
    await _refuse_members_of_other_households(
        session, indexes=indexes, principal=principal, excluding=household.id
    )
    existing = {m.id_index: m for m in await repository.members_of(session, household.id)}
    await repository.clear_declared_money(session, [m.id for m in existing.values()])
    kept: set[str] = set()
    for position, (member, index, rid) in enumerate(zip(data.members, indexes, rids, strict=True)):
        row = existing.get(index) or Member(
            household_id=household.id,
            id_number=rid.number,
            id_index=index,
            birth_date=rid.birth_date,
            sex=rid.sex,
            position=position,
            name=member.name,
            relation=member.relation,
        )
        kept.add(index)
        row.position, row.name, row.relation, row.phone = (
            position,
            member.name,
            member.relation,
            member.phone,
        )
        for key, value in _member_fields(member).items():
            setattr(row, key, value)
        session.add(row)
        _add_money(session, row.id, member)
    await repository.delete_members(
        session, [m.id for index, m in existing.items() if index not in kept]
    )
    household.region_code, household.address = data.region_code, data.address
    household.registration = data.registration
    household.head_id_index = indexes[[m.relation for m in data.members].index("head")]
    household.version += 1
    household.updated_at = now()
    session.add(household)
    session.add(
        HouseholdVersion(
            household_id=household.id,
            version=household.version,
            declaration=snapshot,
            reason=data.reason,
            changed_by=principal.subject,
            changed_at=household.updated_at,
        )
    )
    await session.flush()
    _announce(session, household, indexes)
    return household


async def get_visible(
    session: AsyncSession, *, household_id: uuid.UUID, principal: Principal
) -> Household:
    household = await repository.get(session, household_id)
    # Out of scope looks exactly like absent: a caseworker must not learn that a household exists.
    if household is None or not visible(household, principal):
        raise NotFound(f"Household {household_id} not found")
    return household


async def to_read(
    session: AsyncSession, household: Household, principal: Principal
) -> HouseholdRead:
    reveal = principal.has_any(*UNMASKED_ROLES)
    members = await repository.members_of(session, household.id)
    ids = [m.id for m in members]
    incomes: dict[uuid.UUID, list[IncomeDeclared]] = defaultdict(list)
    for income in await repository.incomes_of(session, ids):
        incomes[income.member_id].append(
            IncomeDeclared(type=income.type, monthly_yuan=income.monthly_yuan)
        )
    assets: dict[uuid.UUID, list[AssetDeclared]] = defaultdict(list)
    for asset in await repository.assets_of(session, ids):
        assets[asset.member_id].append(AssetDeclared(type=asset.type, value_yuan=asset.value_yuan))
    return HouseholdRead(
        id=household.id,
        region_code=household.region_code,
        region_name=regions.full_name(household.region_code),
        address=household.address,
        registration=household.registration,
        status=household.status,
        version=household.version,
        created_at=household.created_at,
        updated_at=household.updated_at,
        members=[
            MemberRead(
                id=m.id,
                name=m.name,
                id_number=m.id_number if reveal else pii.mask_id_number(m.id_number),
                relation=m.relation,
                birth_date=m.birth_date,
                sex=m.sex,
                phone=(m.phone if reveal else pii.mask_phone(m.phone)) if m.phone else None,
                disability_category=m.disability_category,
                disability_grade=m.disability_grade,
                serious_illness=m.serious_illness,
                chronic_illness=m.chronic_illness,
                capacity_to_work=m.capacity_to_work,
                school_stage=m.school_stage,
                employment=m.employment,
                co_resident=m.co_resident,
                exclusion=m.exclusion,
                veteran=m.veteran,
                has_able_supporter=m.has_able_supporter,
                incomes=incomes[m.id],
                assets=assets[m.id],
            )
            for m in members
        ],
    )


async def history(
    session: AsyncSession, *, household_id: uuid.UUID, principal: Principal
) -> HouseholdHistory:
    household = await get_visible(session, household_id=household_id, principal=principal)
    reveal = principal.has_any(*UNMASKED_ROLES)
    out = []
    for version in await repository.versions_of(session, household.id):
        doc = json.loads(version.declaration)
        if not reveal:
            for member in doc["members"]:
                member["id_number"] = pii.mask_id_number(member["id_number"])
                if member.get("phone"):
                    member["phone"] = pii.mask_phone(member["phone"])
        out.append(
            HouseholdVersionRead(
                version=version.version,
                changed_at=version.changed_at,
                changed_by=version.changed_by,
                reason=version.reason,
                declaration=doc,
            )
        )
    return HouseholdHistory(household_id=household.id, versions=out)


async def list_visible(
    session: AsyncSession, *, principal: Principal, limit: int, offset: int
) -> tuple[list[Household], int]:
    if not principal.has_any(*STAFF_ROLES):
        raise Forbidden("Listing households is for staff; applicants read their own household")
    prefixes = None if not principal.region_scope else [principal.region_scope]
    return await repository.page(session, region_prefixes=prefixes, limit=limit, offset=offset)


def age_on(birth_date: date, on: date) -> int:
    had_birthday = (on.month, on.day) >= (birth_date.month, birth_date.day)
    return on.year - birth_date.year - (0 if had_birthday else 1)
