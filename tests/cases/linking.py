"""救助+: organizations join the resource pool, publish what they offer, and a linker matches a
household's open needs to it — referral, acceptance, delivery, confirmation. Shared by cases #4–#6."""

from __future__ import annotations

from typing import Any

from tests.cases.actors import Actor, Actors, Report, eventually, today


async def provider(
    actors: Actors, name: str, kind: str, region: str, served: list[str]
) -> tuple[dict[str, Any], Actor]:
    """An organization registered by the civil-affairs admin, and its own signed-in system."""
    org = await actors.organization(name, kind, region, served)
    partner = await actors.partner(name, "charity_partner", organization_id=org["id"])
    return org, partner


async def publish(
    partner: Actor,
    org: dict[str, Any],
    *,
    kind: str,
    name: str,
    category: str,
    benefit_kind: str,
    stock: int | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The organization publishes a resource (and, for goods, a lot of stock)."""
    resource: dict[str, Any] = await partner.post(
        "/v1/resources",
        {
            "organization_id": org["id"],
            "kind": kind,
            "name": name,
            "category": category,
            "benefit_kind": benefit_kind,
            **extra,
        },
    )
    if stock:
        await partner.post(
            f"/v1/resources/{resource['id']}/lots",
            {"lot_code": f"{today():%Y-%m}", "quantity": stock, "unit": extra.get("unit", "份")},
        )
    return resource


async def open_needs(linker: Actor, household_id: str, count: int) -> dict[str, dict[str, Any]]:
    """The household's needs as charity holds them (after intake's `needs.uncovered`), by text."""

    async def arrived() -> dict[str, dict[str, Any]] | None:
        response = await linker.raw("GET", f"/v1/referrals/households/{household_id}")
        if response.status_code != 200:
            return None
        needs = {n["text"]: n for n in response.json()["needs"]}
        return needs if len(needs) >= count else None

    return await eventually(arrived, timeout_s=60)


async def link(
    linker: Actor,
    need: dict[str, Any],
    resource: dict[str, Any],
    receiver: Actor,
    confirmer: Actor,
    report: Report,
    *,
    recurrence: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Refer one need to one resource and carry it through to a delivery."""
    ranked = await linker.get("/v1/resources/candidates", need_id=need["id"])
    candidates = [c["resource_id"] for c in ranked["candidates"]]
    body: dict[str, Any] = {"need_id": need["id"], "resource_id": resource["id"]}
    if recurrence:
        body["recurrence"] = recurrence
    referral = await linker.post("/v1/referrals", body)
    await linker.post(f"/v1/referrals/{referral['id']}/send")
    await receiver.post(f"/v1/referrals/{referral['id']}/accept")
    await receiver.post(f"/v1/referrals/{referral['id']}/start")
    if recurrence:
        done = await receiver.post(
            f"/v1/referrals/{referral['id']}/occurrences/1", {"outcome": "delivered"}
        )
        what = f"第 1 次（共 {recurrence['count']} 次，每{'周' if recurrence['every'] == 'week' else '月'}）已送达"
    else:
        await receiver.post(f"/v1/referrals/{referral['id']}/deliver")
        done = await confirmer.post(f"/v1/referrals/{referral['id']}/confirm")
        what = f"已送达，{confirmer.label}确认"
    report(
        f"{linker.label}为需求「{need['text']}」链接「{resource['name']}」"
        f"（候选第 {candidates.index(resource['id']) + 1 if resource['id'] in candidates else '-'} 位）；"
        f"{receiver.label}接单并服务：{what}（状态 {done['status']}）。"
    )
    return {**done, "candidate": resource["id"] in candidates}
