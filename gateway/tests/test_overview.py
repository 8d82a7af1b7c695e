"""The household overview: parts from each service, unavailable ones marked, never failing whole."""

from __future__ import annotations

import httpx
from standin import KNOWN_HOUSEHOLD, StandIn

from jiuzhu_kit.testing import bearer

CASEWORKER = bearer("caseworker", region="431028")


async def test_the_overview_gathers_what_is_there_and_marks_what_is_not(
    client: httpx.AsyncClient, upstream: StandIn
) -> None:
    response = await client.get(f"/v1/households/{KNOWN_HOUSEHOLD}/overview", headers=CASEWORKER)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["household"]["status"] == "ok"
    assert body["household"]["data"]["id"] == KNOWN_HOUSEHOLD
    # Another household's application, listed by a service that ignores the filter, is left out.
    assert body["applications"]["data"] == [
        {"id": "app-1", "household_id": KNOWN_HOUSEHOLD, "state": "submitted"}
    ]
    assert body["timeline"]["status"] == "ok"
    assert body["referrals"]["status"] == "empty" and body["plan"]["status"] == "empty"
    # verification is down: its parts are marked, the view still answers.
    assert body["latest_check"]["status"] == "unavailable"
    assert body["warnings"]["status"] == "unavailable"
    assert body["complete"] is False


async def test_the_caller_token_goes_to_each_service(
    client: httpx.AsyncClient, upstream: StandIn
) -> None:
    await client.get(
        f"/v1/households/{KNOWN_HOUSEHOLD}/overview",
        headers={**CASEWORKER, "X-Request-ID": "ov-1"},
    )
    calls = [c for c in upstream.seen if c["headers"].get("x-request-id") == "ov-1"]
    assert {c["path"].split("?")[0] for c in calls} >= {
        f"/v1/households/{KNOWN_HOUSEHOLD}",
        "/v1/applications",
        "/v1/referrals",
        "/v1/plans",
    }
    assert all(c["headers"]["authorization"] == CASEWORKER["Authorization"] for c in calls)


async def test_a_household_the_caller_cannot_see_is_404(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/v1/households/00000000-0000-4000-8000-000000000000/overview", headers=CASEWORKER
    )
    assert response.status_code == 404


async def test_partners_get_no_overview(client: httpx.AsyncClient) -> None:
    response = await client.get(
        f"/v1/households/{KNOWN_HOUSEHOLD}/overview",
        headers=bearer("charity_partner", organization_id="o"),
    )
    assert response.status_code == 403
