"""Case #4 of DOMAIN.md: Mr Zeng, 株洲市芦淞区贺家土街道大园社区 (430203001).

A 低保 recipient paralysed by a stroke; needs nutrition, help going out, health services. A
social-work agency matches from the resource pool milk and rice delivered regularly, volunteers who
run errands and accompany him, a medicine card for free rehabilitation, and regular counseling.
The needs reach charity the way the suite sends them: what his 低保 plan leaves uncovered.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.cases import flow, linking
from tests.cases.actors import Actors, Report, monthly_income_records, today

STREET = "430203001"  # 贺家土街道
DISTRICT = "430203"  # 芦淞区
NEEDS = (
    ("health", "营养：牛奶定期配送", "high"),
    ("health", "营养：大米定期配送", "normal"),
    ("care", "出行：跑腿代办、陪同外出", "high"),
    ("rehabilitation", "康复：免费康复药品", "normal"),
    ("psychological", "心理：定期心理疏导", "normal"),
)


async def play(actors: Actors, report: Report) -> dict[str, Any]:
    report("【案例四】株洲市芦淞区贺家土街道大园社区：曾先生中风瘫痪，申请低保。")
    caseworker = await actors.person("贺家土街道社会救助专干", "caseworker", STREET)
    reviewer = await actors.person("芦淞区民政局审核员", "reviewer", DISTRICT)
    hr = await actors.partner("人社局数据接口", "data_partner", sources=["human_resources"])
    agency, social_worker = await linking.provider(
        actors, "株洲市大同社会工作服务中心", "social_work_agency", DISTRICT, ["4302"]
    )
    food, food_partner = await linking.provider(
        actors, "芦淞区慈善会", "charity", DISTRICT, [DISTRICT]
    )
    team, volunteers = await linking.provider(
        actors, "大园社区志愿服务队", "volunteer_team", DISTRICT, [STREET]
    )
    clinic, pharmacy = await linking.provider(
        actors, "爱心康复医药企业", "enterprise", "430211", ["4302"]
    )
    today_s = today().isoformat()
    milk = await linking.publish(
        food_partner,
        food,
        kind="goods",
        name="爱心牛奶",
        category="health",
        benefit_kind="milk",
        unit="箱",
        target_groups=["dibao", "tekun"],
        stock=40,
    )
    rice = await linking.publish(
        food_partner,
        food,
        kind="goods",
        name="爱心大米",
        category="health",
        benefit_kind="rice",
        unit="袋",
        target_groups=["dibao"],
        stock=10,
    )
    escort = await linking.publish(
        volunteers,
        team,
        kind="volunteer_offer",
        name="跑腿帮：代办和陪同出行",
        category="care",
        benefit_kind="errands_and_escort",
        target_groups=["disability", "elderly"],
        capacity_per_period=10,
        capacity_period="month",
    )
    card = await linking.publish(
        pharmacy,
        clinic,
        kind="service",
        name="免费康复药品卡",
        category="rehabilitation",
        benefit_kind="rehab_medicine_card",
        target_groups=["disability"],
        capacity_per_period=5,
        capacity_period="month",
    )
    counseling = await linking.publish(
        social_worker,
        agency,
        kind="service",
        name="心理疏导",
        category="psychological",
        benefit_kind="counseling",
        capacity_per_period=20,
        capacity_period="month",
    )
    report(
        "资源库：慈善会的牛奶和大米，志愿队的跑腿陪同，爱心企业的康复药品卡，社工机构的心理疏导。"
    )

    zeng = actors.id_number(DISTRICT, date(1963, 3, 8), "male")
    wife = actors.id_number(DISTRICT, date(1966, 10, 1), "female")
    await flow.push_feed(
        hr, monthly_income_records("human_resources", wife, "wage", "800.00", f"HR-{actors.run}")
    )
    report(f"{hr.label}推送曾妻做保洁的工资：每月 800 元。")
    created = await caseworker.post(
        "/v1/applications",
        {
            "kind": "minimum_living",
            "household": {
                "region_code": STREET,
                "address": "贺家土街道大园社区",
                "registration": "urban",
                "members": [
                    {
                        "name": "曾国华",
                        "id_number": zeng,
                        "relation": "head",
                        "disability_category": "physical",
                        "disability_grade": 1,
                        "capacity_to_work": "none",
                        "employment": "none",
                    },
                    {
                        "name": "王秀梅",
                        "id_number": wife,
                        "relation": "spouse",
                        "employment": "employed",
                        "incomes": [{"type": "wage", "monthly_yuan": "800.00"}],
                    },
                ],
            },
            "needs": [{"category": c, "text": t, "urgency": u} for c, t, u in NEEDS],
            "consent": {
                "granted_by": "subject",
                "signer_name": "曾国华",
                "share_with_charity": True,
            },
        },
    )
    app_id = created["id"]
    report(
        f"{caseworker.label}代曾先生申请低保，登记 5 项需求，家属同意把需求（脱敏）告知慈善组织。"
    )
    await flow.wait_for_check(caseworker, app_id)
    await flow.home_visit(
        caseworker,
        "大园社区网格员",
        await flow.application(caseworker, app_id),
        ratings={
            "housing": "fair",
            "health": "poor",
            "capacity_to_work": "poor",
            "living_conditions": "poor",
        },
        neighbour="老曾中风后一直躺着，全靠老伴照顾",
        finding="中风瘫痪，生活困难属实",
    )
    matched = await flow.wait_for_state(caseworker, app_id, "matched")
    decision = matched["decision"]
    report(f"政策匹配：{decision.get('explanation_zh', '')[:200]}")
    final = await flow.review_and_enrol(actors, reviewer, app_id, report)
    uncovered = [n["text"] for n in decision.get("uncovered_needs", [])]
    report(f"政策未覆盖、转给慈善的需求：{'、'.join(uncovered) or '无'}。")
    referrals: dict[str, dict[str, Any]] = {}
    if final["state"] == "enrolled":
        needs = await linking.open_needs(social_worker, matched["household_id"], len(uncovered))
        start = {"start_on": today_s}
        plan = [
            ("营养：牛奶定期配送", milk, food_partner, {"every": "week", "count": 26, **start}),
            ("营养：大米定期配送", rice, food_partner, {"every": "month", "count": 6, **start}),
            (
                "出行：跑腿代办、陪同外出",
                escort,
                volunteers,
                {"every": "week", "count": 8, **start},
            ),
            ("康复：免费康复药品", card, pharmacy, None),
            (
                "心理：定期心理疏导",
                counseling,
                social_worker,
                {"every": "month", "count": 6, **start},
            ),
        ]
        for text, resource, receiver, recurrence in plan:
            if text not in needs:
                continue
            referrals[text] = await linking.link(
                social_worker,
                needs[text],
                resource,
                receiver,
                caseworker,
                report,
                recurrence=recurrence,
            )
    return {
        "application": final,
        "decision": decision,
        "uncovered": uncovered,
        "referrals": referrals,
        "household_id": matched["household_id"],
    }
