"""Applies intake's `household.declared` events (delivered at least once, applied once by the inbox)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.outbox import EventIn
from verification.households import repository
from verification.main_events import events


@events.on("household.declared")
async def household_declared(session: AsyncSession, event: EventIn) -> None:
    payload = event.payload
    household_id = uuid.UUID(payload["household_id"])
    announced = {
        "household_id": household_id,
        "region_code": payload["region_code"],
        "version": payload["version"],
        "indexes": payload["member_indexes"],
    }
    # Most announcements are of new households: inserting first finds out in the same round trip,
    # and a household not known yet has no members to delete.
    if await repository.add_if_new(session, **announced):
        return
    known_version = await repository.version_of(session, household_id)
    if known_version is not None and known_version >= payload["version"]:
        return  # an older announcement arriving late never overwrites a newer one
    await repository.replace(session, **announced)
