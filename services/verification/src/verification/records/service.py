"""Record rules: a partner writes only its own sources; a corrected record supersedes the old one.

Staff read records of people in their region (through the households intake declared); a partner
reads the records of its own sources. Resident IDs are shown masked.
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit import pii
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.errors import InvalidInput, NotFound
from verification.db import pii_cipher
from verification.households import repository as households
from verification.monitoring import hooks as monitoring_hooks
from verification.records import repository
from verification.records.models import PartnerRecord, PartnerRecordVersion
from verification.records.rows import RowValidator, ValidRow
from verification.records.schemas import RecordCreate, RecordRead, RecordSearch

STAFF_ROLES = ("caseworker", "reviewer", "admin", "auditor")


async def write_one(
    session: AsyncSession, *, data: RecordCreate, principal: Principal, pii_key: str
) -> tuple[PartnerRecord, str]:
    """Store one record; returns it and the outcome: created, superseded or unchanged."""
    validator = RowValidator(
        allowed_sources=principal.allowed_sources, pii_key=pii_key, cipher=pii_cipher()
    )
    checked = validator.validate(data.model_dump())
    if not isinstance(checked, ValidRow):
        raise InvalidInput(
            f"The record breaks {len(checked)} rule(s): "
            + "; ".join(f"{field}: {reason}" for field, reason in checked[:3]),
            errors=[{"field": field, "message": reason} for field, reason in checked],
        )
    await repository.share_merge_lock(session)
    for person_index, id_cipher in validator.new_people:
        await repository.ensure_subject(session, person_index=person_index, id_cipher=id_cipher)
    existing = await repository.get_by_key(session, checked.source, checked.source_record_id)
    if existing is not None and existing.content_hash == checked.content_hash:
        return existing, "unchanged"
    now = utcnow()
    outcome = "created"
    if existing is None:
        record = PartnerRecord(
            source=checked.source,
            source_record_id=checked.source_record_id,
            person_index=checked.person_index,
            kind=checked.kind,
            type=checked.type,
            content_hash=checked.content_hash,
            effective_on=checked.effective_on,
            received_at=now,
        )
    else:
        outcome, record = "superseded", existing
        session.add(
            PartnerRecordVersion(
                record_id=existing.id,
                version=existing.version,
                person_index=existing.person_index,
                kind=existing.kind,
                type=existing.type,
                amount_yuan=existing.amount_yuan,
                effective_on=existing.effective_on,
                period_from=existing.period_from,
                period_to=existing.period_to,
                attributes=existing.attributes,
                content_hash=existing.content_hash,
                feed_job_id=existing.feed_job_id,
                received_at=existing.updated_at,
                superseded_at=now,
            )
        )
        record.version += 1
    record.person_index, record.kind, record.type = (
        checked.person_index,
        checked.kind,
        checked.type,
    )
    record.amount_yuan, record.effective_on = checked.amount_yuan, checked.effective_on
    record.period_from, record.period_to = checked.period_from, checked.period_to
    record.attributes, record.content_hash = checked.attributes, checked.content_hash
    record.feed_job_id, record.updated_at = None, now
    session.add(record)
    await session.flush()
    # The monitoring rules for this person, in this transaction (增量筛查).
    await monitoring_hooks.after_record_written(session, record.person_index)
    return record, outcome


async def _may_read(session: AsyncSession, record: PartnerRecord, principal: Principal) -> bool:
    if principal.has_any("data_partner") and record.source in principal.allowed_sources:
        return True
    if not principal.has_any(*STAFF_ROLES):
        return False
    return await _sees_person(session, record.person_index, principal)


async def _sees_person(session: AsyncSession, person_index: str, principal: Principal) -> bool:
    """Nationwide admins and auditors see everyone; others, people of households in their region."""
    if not principal.region_scope:
        return principal.has_any("admin", "auditor")
    regions = await households.regions_of_person(session, person_index)
    return any(principal.sees_region(code) for code in regions)


async def get_visible(
    session: AsyncSession, *, record_id: int, principal: Principal
) -> PartnerRecord:
    record = await repository.get(session, record_id)
    if record is None or not await _may_read(session, record, principal):
        raise NotFound(f"Record {record_id} does not exist or is outside your scope")
    return record


async def history(
    session: AsyncSession, *, record_id: int, principal: Principal
) -> list[PartnerRecordVersion]:
    await get_visible(session, record_id=record_id, principal=principal)
    return await repository.versions(session, record_id)


async def search(
    session: AsyncSession, *, query: RecordSearch, principal: Principal, pii_key: str
) -> list[PartnerRecord]:
    """Staff: the current records about one person in their region (none if out of scope)."""
    person_index = pii.blind_index(query.id_number.strip().upper(), pii_key)
    if not await _sees_person(session, person_index, principal):
        return []
    return await repository.of_people(
        session, [person_index], kinds=[query.kind] if query.kind else None, limit=query.limit
    )


async def of_household(
    session: AsyncSession,
    *,
    household_id: uuid.UUID,
    kind: str | None,
    limit: int,
    principal: Principal,
) -> list[PartnerRecord]:
    """Staff: current records about the members of a household in their region."""
    household = await households.get(session, household_id)
    if household is None or not principal.sees_region(household.region_code):
        raise NotFound(f"Household {household_id} is unknown here or outside your region")
    return await repository.of_people(
        session,
        [str(i) for i in household.member_indexes],
        kinds=[kind] if kind else None,
        limit=limit,
    )


async def to_read(session: AsyncSession, record: PartnerRecord) -> RecordRead:
    subject = await repository.subject(session, record.person_index)
    assert record.id is not None
    return RecordRead(
        id=record.id,
        source=record.source,
        source_record_id=record.source_record_id,
        id_number_masked=pii.mask_id_number(subject.id_number) if subject else "",
        kind=record.kind,
        type=record.type,
        amount_yuan=record.amount_yuan,
        effective_on=record.effective_on,
        period_from=record.period_from,
        period_to=record.period_to,
        attributes=json.loads(record.attributes) if record.attributes else None,
        version=record.version,
        received_at=record.received_at,
        updated_at=record.updated_at,
    )
