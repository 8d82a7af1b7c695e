"""The household overview: each part says whether it could be filled, and from which service."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel


class Part(BaseModel):
    """ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service down."""

    status: Literal["ok", "empty", "forbidden", "unavailable"]
    service: str
    data: Any = None
    reason: str | None = None


class HouseholdOverview(BaseModel):
    """What the mobile app shows on one screen (一户一档): the household and everything about it."""

    household_id: str
    household: Part
    applications: Part
    timeline: Part
    latest_check: Part
    plan: Part
    referrals: Part
    warnings: Part
    complete: bool
