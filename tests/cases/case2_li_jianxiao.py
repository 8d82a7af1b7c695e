"""Case #2 of DOMAIN.md: Li Jianxiao, 株洲市天元区雷打石镇铁篱村 (430211102).

Physically disabled, divorced, about 2,000 元 a month, a child at university; his uncle — a veteran and
特困 recipient who lived with him — died after an illness that left about 7,000 元 out of pocket. A case
conference of the departments finds him ineligible for the veteran, disability and
rural-revitalization schemes but eligible with his child for 临时救助（支出型）; approved and paid.
Every department's opinion is read off the matching decision: nothing here decides eligibility.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tests.cases import flow
from tests.cases.actors import Actors, Report, monthly_income_records, today

TOWN = "430211102"  # 雷打石镇
COUNTY = "430211"  # 天元区
# The schemes the conference weighs, and the department that speaks for each.
CONFERENCE = (
    ("veterans_affairs", "veteran_hardship_support"),
    ("disabled_persons_federation", "disability_living_subsidy"),
    ("disabled_persons_federation", "disability_care_subsidy"),
    ("rural_revitalization", "industry_support"),
    ("medical_insurance", "medical_assistance"),
    ("town", "temporary_expenditure"),
)


async def play(actors: Actors, report: Report) -> dict[str, Any]:
    report(
        "【案例二】株洲市天元区雷打石镇铁篱村：李建孝（肢体残疾，离异，月收入约 2000 元，孩子读大学）。"
    )
    caseworker = await actors.person("雷打石镇民政专干", "caseworker", TOWN)
    reviewer = await actors.person("天元区民政局审核员", "reviewer", COUNTY)
    hr = await actors.partner("人社局数据接口", "data_partner", sources=["human_resources"])
    medical = await actors.partner("医保局数据接口", "data_partner", sources=["medical_insurance"])
    education = await actors.partner("教育局数据接口", "data_partner", sources=["education"])
    civil = await actors.partner("民政局数据接口", "data_partner", sources=["civil_affairs"])

    li = actors.id_number(COUNTY, date(1975, 4, 12), "male")
    child = actors.id_number(COUNTY, date(2006, 9, 3), "female")
    uncle = actors.id_number(COUNTY, date(1946, 2, 20), "male")
    now = today()
    tag = actors.run
    await flow.push_feed(
        hr, monthly_income_records("human_resources", li, "wage", "2000.00", f"HR-{tag}")
    )
    report(f"{hr.label}推送李建孝近 15 个月的工资记录：每月 2000 元。")
    await flow.push_feed(
        civil,
        [
            {
                "source": "civil_affairs",
                "source_record_id": f"CA-death-{tag}",
                "id_number": uncle,
                "kind": "life_event",
                "type": "death",
                "date": (now - timedelta(days=120)).isoformat(),
            }
        ],
    )
    await flow.push_feed(
        medical,
        [
            {
                "source": "medical_insurance",
                "source_record_id": f"MI-{tag}",
                "id_number": uncle,
                "kind": "expenditure",
                "type": "medical_out_of_pocket",
                "amount_yuan": "7000.00",
                "date": (now - timedelta(days=150)).isoformat(),
            }
        ],
    )
    await flow.push_feed(
        education,
        [
            {
                "source": "education",
                "source_record_id": f"EDU-{tag}",
                "id_number": child,
                "kind": "expenditure",
                "type": "education",
                "amount_yuan": "8000.00",
                "date": (now - timedelta(days=80)).isoformat(),
            }
        ],
    )
    report(
        "民政推送：叔叔（退役军人、特困供养对象）120 天前病故；医保推送其医保和商业保险报销后的自付费用 "
        "7000 元；教育局推送孩子本学年学费等教育支出 8000 元。"
    )

    created = await caseworker.post(
        "/v1/applications",
        {
            "kind": "temporary_expenditure",
            "household": {
                "region_code": TOWN,
                "address": "雷打石镇铁篱村",
                "registration": "rural",
                "members": [
                    {
                        "name": "李建孝",
                        "id_number": li,
                        "relation": "head",
                        "disability_category": "physical",
                        "disability_grade": 3,
                        "capacity_to_work": "partial",
                        "employment": "employed",
                        "incomes": [{"type": "wage", "monthly_yuan": "2000.00"}],
                    },
                    {
                        "name": "李小雨",
                        "id_number": child,
                        "relation": "child",
                        "school_stage": "undergraduate",
                        "employment": "student",
                    },
                    {
                        "name": "李德福",
                        "id_number": uncle,
                        "relation": "other_relative",
                        "veteran": True,
                        "capacity_to_work": "none",
                        "has_able_supporter": False,
                    },
                ],
            },
            "needs": [
                {
                    "category": "financial_aid",
                    "text": "叔叔治病及孩子上学开支超出承受能力",
                    "urgency": "high",
                }
            ],
            "consent": {"granted_by": "subject", "signer_name": "李建孝"},
        },
    )
    app_id = created["id"]
    report(
        f"{caseworker.label}帮李建孝提交临时救助（支出型）申请，并取得授权核对：状态「{created['state']}」。"
    )
    check = await flow.wait_for_check(caseworker, app_id)
    summary = check["summary"]
    report(
        f"核对结果：共同生活成员 {summary['counted_members']} 人（叔叔已故，不再计入），人均月收入 "
        f"{summary['per_capita_monthly_income_yuan']} 元，近 12 个月刚性支出 "
        f"{summary['rigid_expenditure_12m_yuan']} 元。"
    )
    app = await flow.application(caseworker, app_id)
    await flow.home_visit(
        caseworker,
        "铁篱村村委委员",
        app,
        ratings={
            "housing": "fair",
            "health": "poor",
            "capacity_to_work": "poor",
            "living_conditions": "poor",
        },
        neighbour="叔叔看病花了不少钱，孩子还在读大学，日子紧巴",
        finding="因病、因学支出较大，生活困难属实",
    )
    report(f"{caseworker.label}与村委委员两人入户调查并走访邻居：困难属实。")
    matched = await flow.wait_for_state(caseworker, app_id, "matched")
    decision = matched["decision"]
    report(f"政策匹配完成：{decision.get('explanation_zh', '')[:200]}")

    conference = await reviewer.post(
        f"/v1/applications/{app_id}/conferences",
        {
            "topic": "李建孝家庭救助政策会商",
            "departments": [
                "veterans_affairs",
                "disabled_persons_federation",
                "medical_insurance",
                "health",
                "rural_revitalization",
                "town",
                "village",
            ],
        },
    )
    opinions = {}
    for department, code in CONFERENCE:
        outcome = flow.policy(decision, code)
        await reviewer.post(
            f"/v1/applications/{app_id}/conferences/{conference['id']}/opinions",
            {
                "department": department,
                "scheme": code,
                "eligible": bool(outcome["eligible"]),
                "reason": outcome["explanation_zh"] or outcome["name_zh"],
            },
        )
        opinions[code] = bool(outcome["eligible"])
        report(
            f"会商：{department} 对「{outcome['name_zh']}」的意见：{'符合' if outcome['eligible'] else '不符合'}。"
        )
    concluded = await reviewer.post(
        f"/v1/applications/{app_id}/conferences/{conference['id']}/conclusion",
        {
            "conclusion": "不符合优抚、残疾人补贴和乡村振兴帮扶条件；李建孝与子女符合支出型临时救助条件"
        },
    )
    report(f"{reviewer.label}作出会商结论：{concluded['conclusion']}")
    final = await flow.review_and_enrol(actors, reviewer, app_id, report, final="approved")
    paid = flow.policy(decision, "temporary_expenditure")
    report(f"支出型临时救助金额 {paid['amount_once_yuan']} 元（一次性发放）。")
    return {
        "application_id": app_id,
        "state": final["state"],
        "check": summary,
        "decision": decision,
        "opinions": opinions,
        "conference": concluded,
        "timeline": await caseworker.get(f"/v1/applications/{app_id}/timeline"),
    }
