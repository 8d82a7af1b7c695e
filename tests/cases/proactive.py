"""政策找人: a warning from partner data reaches the town, is confirmed at home, and becomes an
application the household did not have to file — shared by cases #1 and #3."""

from __future__ import annotations

from typing import Any

from tests.cases import flow
from tests.cases.actors import Actor, Actors, CaseError, Report, eventually


async def warning_for(staff: Actor, household_key: str) -> dict[str, Any] | None:
    for warning in await staff.get("/v1/warnings", limit=500):
        if warning["household"]["household_key"] == household_key:
            return warning
    return None


async def follow_warning(
    *,
    county: Actor,
    town: Actor,
    household_key: str,
    report: Report,
) -> dict[str, Any]:
    """The county dispatches the warning to the town; the town's caseworker visits and confirms."""
    warning = await eventually(lambda: warning_for(town, household_key))
    report(
        f"预警到达{town.label}：规则「{warning['rule_code']}」，{warning['reason_zh']}"
        f"（入户期限 {warning['deadline_on']}）。"
    )
    await county.post(f"/v1/warnings/{warning['id']}/transitions", {"to": "dispatched"})
    report(f"{county.label}将预警派给乡镇核实。")
    await town.post(f"/v1/warnings/{warning['id']}/transitions", {"to": "visiting"})
    confirmed = await town.post(
        f"/v1/warnings/{warning['id']}/transitions",
        {"to": "confirmed", "reason": "入户核实：家庭生活困难属实"},
    )
    report(f"{town.label}入户核实后确认预警：状态「{confirmed['state']}」。")
    return confirmed


async def proactive_application(town: Actor, warning_id: int) -> dict[str, Any]:
    """The application intake opened on its own when the warning was confirmed."""

    async def opened() -> dict[str, Any] | None:
        page = await town.get("/v1/applications", channel="proactive", limit=200)
        for app in page["items"]:
            if app["warning_id"] == str(warning_id):
                return app
        return None

    return await eventually(opened)


async def complete_and_submit(
    town: Actor,
    app: dict[str, Any],
    *,
    declaration: dict[str, Any],
    signer: str,
    needs_reason: str,
    report: Report,
) -> dict[str, Any]:
    """The caseworker records what the visit found, the household authorises the check, submit."""
    await town.put(f"/v1/households/{app['household_id']}", {**declaration, "reason": needs_reason})
    await town.post(
        f"/v1/applications/{app['id']}/consent",
        {"granted_by": "subject", "signer_name": signer, "share_with_charity": True},
    )
    submitted = await flow.transition(town, app["id"], "submitted", "主动发现，入户核实后代为提交")
    report(
        f"{town.label}补全家庭情况，{signer}签署授权核对书，申请提交：状态「{submitted['state']}」。"
    )
    return submitted


async def verify_and_decide(
    actors: Actors,
    town: Actor,
    reviewer: Actor,
    app: dict[str, Any],
    *,
    colleague: str,
    neighbour: str,
    finding: str,
    report: Report,
) -> dict[str, Any]:
    """Information check, home visit, matching, then the county's review after the public notice."""
    check = await flow.wait_for_check(town, app["id"])
    summary = check["summary"]
    report(
        f"家庭经济状况核对：{summary['counted_members']} 人，人均月收入 "
        f"{summary['per_capita_monthly_income_yuan']} 元，近 12 个月刚性支出 "
        f"{summary['rigid_expenditure_12m_yuan']} 元（结论：{check['conclusion']}）。"
    )
    current = await flow.application(town, app["id"])
    await flow.home_visit(
        town,
        colleague,
        current,
        ratings={
            "housing": "poor",
            "health": "poor",
            "capacity_to_work": "poor",
            "living_conditions": "poor",
        },
        neighbour=neighbour,
        finding=finding,
    )
    report(f"{town.label}与{colleague}两人入户评估，走访邻居：{finding}。")
    matched = await flow.wait_for_state(town, app["id"], "matched", "rejected")
    if matched["state"] != "matched":
        raise CaseError(f"the application was not matched: {matched}")
    decision = matched["decision"]
    report(f"政策匹配：{decision.get('explanation_zh', '')[:240]}")
    final = await flow.review_and_enrol(actors, reviewer, app["id"], report)
    return {"check": summary, "decision": decision, "application": final}
