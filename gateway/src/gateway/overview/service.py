"""The household overview: one fan-out to intake, verification, matching and charity.

A service that is down, slow, or does not offer a part yet marks that part `unavailable`; only a
household that does not exist for the caller (intake's 404) fails the whole view.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway.audit import service as audit
from gateway.overview.clients import CallerScopedClient
from gateway.overview.schemas import HouseholdOverview, Part
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import NotFound, UpstreamTimeout, UpstreamUnavailable
from jiuzhu_kit.logging import request_id_var


def _latest(part: Part) -> Part:
    if part.status == "ok" and isinstance(part.data, list):
        return part.model_copy(update={"data": part.data[0]})
    return part


async def _household(intake: CallerScopedClient, household_id: str) -> Part:
    try:
        response = await intake.household(household_id)
    except (UpstreamUnavailable, UpstreamTimeout) as exc:
        return Part(status="unavailable", service="intake", reason=exc.detail)
    if response.status_code == 404:
        raise NotFound(f"Household {household_id} not found")
    if response.status_code in (401, 403):
        return Part(status="forbidden", service="intake", reason="intake refused this role")
    if response.status_code >= 400:
        return Part(
            status="unavailable", service="intake", reason=f"intake answered {response.status_code}"
        )
    return Part(status="ok", service="intake", data=response.json())


async def _timeline(intake: CallerScopedClient, applications: Part) -> Part:
    if applications.status != "ok" or not isinstance(applications.data, list):
        return Part(
            status=applications.status if applications.status != "ok" else "empty",
            service="intake",
            reason=applications.reason,
        )
    latest: Any = applications.data[0]
    if not isinstance(latest, dict) or "id" not in latest:
        return Part(status="empty", service="intake")
    return await intake.part(f"/v1/applications/{latest['id']}/timeline")


async def household_overview(
    *,
    household_id: uuid.UUID,
    principal: Principal,
    authorization: str,
    peer_urls: dict[str, str],
    http: httpx.AsyncClient,
    sessions: async_sessionmaker[AsyncSession],
    purpose: str | None,
) -> HouseholdOverview:
    hid = str(household_id)

    def client(name: str) -> CallerScopedClient:
        return CallerScopedClient(
            name=name, base_url=peer_urls[name], http=http, authorization=authorization
        )

    intake, verification = client("intake"), client("verification")
    matching, charity = client("matching"), client("charity")
    by_household = {"household_id": hid}
    household, applications, checks, plans, referrals, warnings = await asyncio.gather(
        _household(intake, hid),
        intake.part("/v1/applications", {**by_household, "limit": 200}, household_id=hid),
        verification.part("/v1/checks", {**by_household, "limit": 1}, household_id=hid),
        matching.part("/v1/plans", {**by_household, "limit": 1}, household_id=hid),
        charity.part("/v1/referrals", by_household, household_id=hid),
        verification.part("/v1/warnings", by_household, household_id=hid),
    )
    timeline = await _timeline(intake, applications)
    if household.status == "ok" and principal.has_any(*audit.UNMASKED_ROLES):
        await audit.record_read(
            sessions,
            principal=principal,
            method="GET",
            path=f"/v1/households/{hid}/overview",
            service="gateway",
            status=200,
            purpose=purpose,
            request_id=request_id_var.get(),
        )
    parts = [household, applications, timeline, checks, plans, referrals, warnings]
    return HouseholdOverview(
        household_id=hid,
        household=household,
        applications=applications,
        timeline=timeline,
        latest_check=_latest(checks),
        plan=_latest(plans),
        referrals=referrals,
        warnings=warnings,
        complete=all(p.status in ("ok", "empty") for p in parts),
    )
