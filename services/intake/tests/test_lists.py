"""Lists: filters (region, state, kind, channel, dates), cursor pagination, scope by region."""

from datetime import timedelta

import httpx

from intake.clock import SHANGHAI, now
from jiuzhu_kit.testing import bearer

COUNTY = bearer("reviewer", region="431028", subject="reviewer-anren")
ELSEWHERE = bearer("caseworker", region="440117", subject="caseworker-conghua")


async def test_cursor_pages_cover_every_match_once_newest_first(
    client: httpx.AsyncClient, apply
) -> None:
    created = [await apply("housing") for _ in range(5)]
    seen: list[str] = []
    cursor = None
    while True:
        url = "/v1/applications?kind=housing&region=431028206&limit=2"
        page = (
            await client.get(url + (f"&cursor={cursor}" if cursor else ""), headers=COUNTY)
        ).json()
        seen += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen))
    assert [a["id"] for a in reversed(created)] == [
        s for s in seen if s in {a["id"] for a in created}
    ]


async def test_filters_narrow_and_scope_limits_what_is_listed(
    client: httpx.AsyncClient, apply
) -> None:
    legal = await apply("legal_aid")
    by_state = (
        await client.get(
            "/v1/applications?kind=legal_aid&state=verifying&limit=200", headers=COUNTY
        )
    ).json()
    assert legal["id"] in [a["id"] for a in by_state["items"]]
    drafts = (
        await client.get("/v1/applications?kind=legal_aid&state=draft&limit=200", headers=COUNTY)
    ).json()
    assert legal["id"] not in [a["id"] for a in drafts["items"]]
    today = now().astimezone(SHANGHAI).date()
    dated = (
        await client.get(
            f"/v1/applications?kind=legal_aid&created_from={today}&created_to={today}&limit=200",
            headers=COUNTY,
        )
    ).json()
    assert legal["id"] in [a["id"] for a in dated["items"]]
    tomorrow = today + timedelta(days=1)
    later = (
        await client.get(f"/v1/applications?kind=legal_aid&created_from={tomorrow}", headers=COUNTY)
    ).json()
    assert later["items"] == []
    other_region = (await client.get("/v1/applications?limit=200", headers=ELSEWHERE)).json()
    assert legal["id"] not in [a["id"] for a in other_region["items"]]
    outside = (await client.get("/v1/applications?region=431028206", headers=ELSEWHERE)).json()
    assert outside["items"] == []
    wider = await client.get("/v1/applications?region=43&kind=legal_aid&limit=200", headers=COUNTY)
    assert legal["id"] in [a["id"] for a in wider.json()["items"]]  # narrowed to the scope
    proactive = (
        await client.get("/v1/applications?channel=caseworker&kind=legal_aid", headers=COUNTY)
    ).json()
    assert legal["id"] in [a["id"] for a in proactive["items"]]


async def test_bad_filters_and_cursors_are_named(client: httpx.AsyncClient) -> None:
    for query, field in [
        ("state=paid", "state"),
        ("kind=lottery", "kind"),
        ("cursor=bm9wZQ", "cursor"),
        ("created_from=2026-02-30", "created_from"),
    ]:
        response = await client.get(f"/v1/applications?{query}", headers=COUNTY)
        assert response.status_code == 422, query
        assert response.json()["errors"][0]["field"] == field
