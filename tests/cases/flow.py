"""Steps every case shares: partners push data, the home visit, the review after the public notice."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tests.cases.actors import Actor, Actors, CaseError, Report, eventually, expect


async def push_feed(partner: Actor, records: list[dict[str, Any]]) -> dict[str, Any]:
    """A partner system sends a batch of records as an NDJSON feed and waits for the job."""
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    response = await partner.raw(
        "POST",
        "/v1/data-feeds",
        params={"wait": "true"},
        content=body,
        headers={"content-type": "application/x-ndjson"},
    )
    job: dict[str, Any] = expect(response, 200, 201)
    if job.get("status") != "completed":
        raise CaseError(f"the feed job did not complete: {job}")
    if job.get("rows_rejected"):
        errors = await partner.raw("GET", job["errors_url"])
        raise CaseError(f"the feed rejected records: {job}; errors: {errors.text}")
    return job


async def application(actor: Actor, app_id: str) -> dict[str, Any]:
    return await actor.get(f"/v1/applications/{app_id}")


async def wait_for_state(actor: Actor, app_id: str, *states: str) -> dict[str, Any]:
    async def reached() -> dict[str, Any] | None:
        app = await application(actor, app_id)
        return app if app["state"] in states else None

    return await eventually(reached, timeout_s=60)


async def wait_for_check(actor: Actor, app_id: str) -> dict[str, Any]:
    async def arrived() -> dict[str, Any] | None:
        checks = await actor.get("/v1/checks", application_id=app_id)
        return checks[0] if checks else None

    return await eventually(arrived, timeout_s=60)


async def home_visit(
    caseworker: Actor,
    colleague: str,
    app: dict[str, Any],
    *,
    ratings: dict[str, str],
    neighbour: str,
    finding: str,
) -> dict[str, Any]:
    """Two investigators visit the home, rate it, interview a neighbour (入户调查, 邻里访问)."""
    return await caseworker.post(
        "/v1/assessments",
        {
            "application_id": app["id"],
            "household_id": app["household_id"],
            "region_code": app["region_code"][:9],
            "visited_at": datetime.now().astimezone().isoformat(),
            "investigators": [
                {"subject": caseworker.subject, "name": caseworker.label},
                {"subject": f"{caseworker.subject}-colleague", "name": colleague},
            ],
            "items": {k: {"rating": v} for k, v in ratings.items()},
            "neighbour_interviews": [
                {"interviewee": "邻居", "relation": "neighbour", "summary": neighbour}
            ],
            "conclusion": "difficulty_confirmed",
            "conclusion_text": finding,
        },
    )


async def transition(actor: Actor, app_id: str, to: str, reason: str) -> dict[str, Any]:
    return await actor.post(f"/v1/applications/{app_id}/transitions", {"to": to, "reason": reason})


async def review_and_enrol(
    actors: Actors, reviewer: Actor, app_id: str, report: Report, *, final: str = "enrolled"
) -> dict[str, Any]:
    """The county reviews, posts the public notice, and once it has run approves (and enrols).

    Without a test clock (a development or deployed stack) the case stops at the public notice and
    says when approval becomes possible: the notice period is never shortened.
    """
    await transition(reviewer, app_id, "under_review", "材料齐全，进入审核")
    noticed = await transition(reviewer, app_id, "public_notice", "审核通过，张榜公示")
    ends = noticed["public_notice_ends_at"]
    report(f"{reviewer.label}审核通过并张榜公示，公示期至 {ends}。")
    early = await reviewer.raw(
        "POST", f"/v1/applications/{app_id}/transitions", json={"to": "approved"}
    )
    report(f"公示期未满时尝试批准：系统答复 {early.status_code}（{_detail(early)}）。")
    if early.status_code != 409:
        raise CaseError(f"approval during the public notice was not refused: {early.text}")
    if actors.advance_days is None:
        report("（本环境没有测试时钟：公示期满后由审核人员批准，此处到此为止。）")
        return noticed
    end = datetime.fromisoformat(ends)
    days = max((end - datetime.now(end.tzinfo)).days + 2, 1)
    await actors.advance_days(days)
    report(f"（测试时钟前进 {days} 天：公示期满，无异议。）")
    approved = await transition(reviewer, app_id, "approved", "公示期满无异议，批准")
    report(f"{reviewer.label}批准申请。")
    if final == "approved":
        return approved
    enrolled = await transition(reviewer, app_id, "enrolled", "纳入保障，按月发放")
    report(f"{reviewer.label}将家庭纳入保障：状态「{enrolled['state']}」。")
    return enrolled


def _detail(response: Any) -> str:
    try:
        return str(response.json().get("detail") or "")[:120]
    except ValueError:
        return response.text[:120]


def policy(decision: dict[str, Any], code: str) -> dict[str, Any]:
    """One PolicyOutcome of a decision by its code."""
    for outcome in decision["policies"]:
        if outcome["code"] == code:
            return outcome
    raise CaseError(
        f"the decision has no outcome for {code}: {[p['code'] for p in decision['policies']]}"
    )


def applied_codes(decision: dict[str, Any]) -> set[str]:
    """Policies the household gets: eligible and not excluded by a higher one (就高)."""
    return {p["code"] for p in decision["policies"] if p["eligible"] and not p["excluded_by"]}
