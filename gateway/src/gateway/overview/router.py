"""`GET /v1/households/{id}/overview`: the mobile app's one-screen view of a household."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from gateway.limits.guard import limited
from gateway.overview import service
from gateway.overview.schemas import HouseholdOverview
from jiuzhu_kit.auth import Principal

router = APIRouter(tags=["composite views"])

Reader = Annotated[
    Principal, Depends(limited("applicant", "caseworker", "reviewer", "admin", "auditor"))
]


@router.get(
    "/v1/households/{household_id}/overview",
    response_model=HouseholdOverview,
    summary="Household, application state and timeline, latest check, plan, referrals, warnings",
    description="Parts whose service is down or does not offer them are marked `unavailable`; "
    "send `X-Purpose` to state why personal data is read (it is audited).",
)
async def household_overview(
    household_id: uuid.UUID, principal: Reader, request: Request
) -> HouseholdOverview:
    return await service.household_overview(
        household_id=household_id,
        principal=principal,
        authorization=request.headers["authorization"],
        peer_urls=request.app.state.settings.peer_urls(),
        http=request.app.state.http,
        sessions=request.app.state.sessions,
        purpose=request.headers.get("x-purpose"),
    )
