"""Configurable referral rules (answer deadline, same-kind guard), read from the app's settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, cast

from fastapi import Depends, Request

from charity.clock import PeriodUnit


@dataclass(frozen=True)
class ReferralPolicy:
    response_hours: int  # a sent referral unanswered this long expires
    guard_enabled: bool  # one organization per benefit kind, household and period
    guard_period: PeriodUnit


def referral_policy(request: Request) -> ReferralPolicy:
    settings = request.app.state.settings
    return ReferralPolicy(
        response_hours=settings.referral_response_hours,
        guard_enabled=settings.same_kind_guard_enabled,
        guard_period=cast(PeriodUnit, settings.same_kind_guard_period),
    )


PolicyDep = Annotated[ReferralPolicy, Depends(referral_policy)]
