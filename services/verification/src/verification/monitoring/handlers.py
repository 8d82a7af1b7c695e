"""Applies intake's `household.enrolled` / `household.exited`: enrolled households join the population.

An enrolled household is monitored for exit review (应退尽退) with the thresholds it was enrolled
under; one that leaves stays monitored against a return to poverty (防止返贫). Both are applied once
per event id by the inbox and are idempotent on the household besides.
"""

from __future__ import annotations

import logging
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit import pii, resident_id
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.outbox import EventIn
from verification.main_events import events
from verification.monitoring import repository, service
from verification.monitoring.models import MonitoredHousehold
from verification.records.rows import today_in_china
from verification.settings import get_settings
from verification.warnings import repository as warnings

logger = logging.getLogger(__name__)


def _yuan(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value)).quantize(Decimal("0.01"))


@events.on("household.enrolled")
async def household_enrolled(session: AsyncSession, event: EventIn) -> None:
    payload = event.payload
    household_id = uuid.UUID(str(payload["household_id"]))
    key, now = str(household_id), utcnow()
    thresholds = payload.get("thresholds") or {}
    household = await repository.household(session, key) or MonitoredHousehold(
        household_key=key, region_code=payload["region_code"], status="enrolled"
    )
    household.household_id = household_id
    household.application_id = (
        uuid.UUID(str(payload["application_id"])) if payload.get("application_id") else None
    )
    household.region_code, household.status = payload["region_code"], "enrolled"
    household.schemes = list(payload.get("schemes") or [])
    household.income_threshold_monthly_yuan = _yuan(
        thresholds.get("per_capita_monthly_income_yuan")
    )
    household.assets_threshold_yuan = _yuan(thresholds.get("assets_total_yuan"))
    household.enrolled_at = household.updated_at = now
    session.add(household)
    await session.flush()

    pii_key = get_settings().pii_key
    numbers = {}
    for member in payload.get("members") or []:
        try:
            parsed = resident_id.parse(str(member.get("id_number")), today=today_in_china())
        except resident_id.InvalidResidentId as exc:
            # Intake validated it; a bad one is logged, not retried forever by the relay.
            logger.warning("household.enrolled %s: member skipped: %s", household_id, exc)
            continue
        numbers[pii.blind_index(parsed.number, pii_key)] = parsed
    known = {p.person_index: p for p in await repository.people(session, list(numbers))}
    earlier_keys = sorted({p.household_key for p in known.values()} - {key})
    for index in numbers:
        person = known.get(index)
        if person is not None:  # keeps the name and relation a population load gave
            person.household_key, person.updated_at = key, now
            session.add(person)
    await repository.upsert_people(
        session,
        [
            {
                "person_index": index,
                "household_key": key,
                "id_number": parsed.number,
                "name": None,
                "relation": "other_relative",
                "birth_date": parsed.birth_date,
                "updated_at": now,
            }
            for index, parsed in numbers.items()
            if index not in known
        ],
    )
    await session.flush()
    await warnings.mark_enrolled(
        session,
        household_id=household_id,
        person_indexes=list(numbers),
        household_keys=earlier_keys,
        now=now,
    )
    await service.screen_people(session, person_indexes=list(numbers))


@events.on("household.exited")
async def household_exited(session: AsyncSession, event: EventIn) -> None:
    household_id = uuid.UUID(str(event.payload["household_id"]))
    household = await repository.household_by_id(session, household_id)
    if household is None or household.status != "enrolled":
        return
    household.status, household.updated_at = "return_to_poverty_watch", utcnow()
    session.add(household)
