"""The application workflow as an explicit state machine, with each state said plainly in Chinese."""

from __future__ import annotations

from dataclasses import dataclass

SYSTEM = "system"  # a step taken by intake itself when a peer reports (never requested by a person)
REVIEWERS = frozenset({"reviewer", "admin"})
STAFF = frozenset({"caseworker", "reviewer", "admin"})
APPLICANT_OR_STAFF = STAFF | {"applicant"}

# Kinds of assistance (救助类别).
KINDS = {
    "minimum_living": "最低生活保障（低保）",
    "extreme_poverty": "特困人员救助供养",
    "temporary_emergency": "临时救助（急难型）",
    "temporary_expenditure": "临时救助（支出型）",
    "medical": "医疗救助",
    "education": "教育救助",
    "housing": "住房救助",
    "employment": "就业救助",
    "legal_aid": "法律援助",
    "single_person_coverage": "低保单人户",
    "disability_living_subsidy": "困难残疾人生活补贴",
    "disability_care_subsidy": "重度残疾人护理补贴",
}
EMERGENCY_KINDS = frozenset({"temporary_emergency"})
# Kinds that concern one member rather than the whole household.
PERSONAL_KINDS = frozenset(
    {"single_person_coverage", "disability_living_subsidy", "disability_care_subsidy"}
)

FINAL_STATES = frozenset({"rejected", "withdrawn", "exited"})
AWAITING_DECISION = frozenset(
    {"submitted", "verifying", "assessed", "matched", "under_review", "public_notice"}
)


@dataclass(frozen=True)
class Step:
    roles: frozenset[str]
    emergency_only: bool = False


_WITHDRAW = Step(APPLICANT_OR_STAFF)
_REJECT = Step(REVIEWERS)
_BY_SYSTEM = Step(frozenset({SYSTEM}))

TRANSITIONS: dict[str, dict[str, Step]] = {
    "draft": {"submitted": Step(APPLICANT_OR_STAFF), "withdrawn": _WITHDRAW},
    "submitted": {
        "verifying": _BY_SYSTEM,
        "approved": Step(REVIEWERS, emergency_only=True),
        "rejected": _REJECT,
        "withdrawn": _WITHDRAW,
    },
    "verifying": {
        "assessed": _BY_SYSTEM,
        "approved": Step(REVIEWERS, emergency_only=True),
        "rejected": _REJECT,
        "withdrawn": _WITHDRAW,
    },
    "assessed": {"matched": _BY_SYSTEM, "rejected": _REJECT, "withdrawn": _WITHDRAW},
    "matched": {"under_review": Step(REVIEWERS), "rejected": _REJECT, "withdrawn": _WITHDRAW},
    "under_review": {
        "public_notice": Step(REVIEWERS),
        "rejected": _REJECT,
        "withdrawn": _WITHDRAW,
    },
    "public_notice": {"approved": Step(REVIEWERS), "rejected": _REJECT, "withdrawn": _WITHDRAW},
    "approved": {"enrolled": Step(REVIEWERS)},
    "enrolled": {"exited": Step(REVIEWERS | {SYSTEM})},
    "rejected": {},
    "withdrawn": {},
    "exited": {},
}
STATES = tuple(TRANSITIONS)


def allowed(state: str, kind: str) -> list[str]:
    """Every state reachable in one step from `state` for an application of `kind`."""
    return [
        target
        for target, step in TRANSITIONS[state].items()
        if not step.emergency_only or kind in EMERGENCY_KINDS
    ]


def step(state: str, target: str, kind: str) -> Step | None:
    candidate = TRANSITIONS[state].get(target)
    if candidate is None or (candidate.emergency_only and kind not in EMERGENCY_KINDS):
        return None
    return candidate


STATE_ZH = {
    "draft": "草稿",
    "submitted": "已提交",
    "verifying": "核对中",
    "assessed": "已完成核对与入户评估",
    "matched": "已匹配政策",
    "under_review": "审核中",
    "public_notice": "公示中",
    "approved": "已批准",
    "enrolled": "已纳入保障",
    "rejected": "未获批准",
    "withdrawn": "已撤回",
    "exited": "已退出保障",
}

NEXT_STEP_ZH = {
    "draft": "请确认授权核对家庭经济状况后提交申请。",
    "submitted": "系统将发起家庭经济状况核对。",
    "verifying": "正在核对家庭经济状况，工作人员将入户调查；两项完成后进行政策匹配。",
    "assessed": "核对和入户评估已完成，正在匹配适用的救助政策。",
    "matched": "已匹配救助政策，等待县级民政部门审核。",
    "under_review": "县级民政部门正在审核，审核通过后将张榜公示。",
    "public_notice": "正在公示，公示期满无异议后审批。",
    "approved": "申请已批准，正在办理纳入保障手续。",
    "enrolled": "已纳入保障，救助金按月发放，将定期复核家庭情况。",
    "rejected": "如对结果有异议，可向县级民政部门申请复核。",
    "withdrawn": "申请已撤回；如仍有困难，可随时重新申请。",
    "exited": "已退出保障；如家庭情况再次发生困难，可重新申请。",
}
