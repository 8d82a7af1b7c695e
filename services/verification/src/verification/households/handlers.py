"""Applies intake's `household.declared` events (delivered at least once, applied once by the inbox)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.outbox import EventIn
from verification.households import repository
from verification.households.models import KnownHousehold
from verification.main_events import events


@events.on("household.declared")
async def household_declared(session: AsyncSession, event: EventIn) -> None:
    payload = event.payload
    household_id = uuid.UUID(payload["household_id"])
    known = await repository.get(session, household_id)
    if known is not None and known.version >= payload["version"]:
        return  # an older announcement arriving late never overwrites a newer one
    region_code, indexes = payload["region_code"], payload["member_indexes"]
    if known is None:
        # Members are only ever written here, with their household: a household not known yet
        # has none to delete (one round trip fewer for every new household).
        session.add(
            KnownHousehold(
                household_id=household_id,
                region_code=payload["region_code"],
                version=payload["version"],
                member_indexes=payload["member_indexes"],
            )
        )
        repository.add_members(
            session, household_id=household_id, region_code=region_code, indexes=indexes
        )
        return
    known.region_code = payload["region_code"]
    known.version = payload["version"]
    known.member_indexes = payload["member_indexes"]
    session.add(known)
    await repository.replace_members(
        session, household_id=household_id, region_code=region_code, indexes=indexes
    )
