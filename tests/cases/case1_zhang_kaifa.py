"""Case #1 of DOMAIN.md: Zhang Kaifa's family, 安仁县牌楼乡柏叶村 (431028206).

Big-data monitoring raises a warning on a three-person household in difficulty; the county's staff
verify at home and enroll the household in 低保 without the family having applied.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tests.cases import proactive
from tests.cases.actors import Actors, Report, month_end, month_starts, today
from tests.cases.flow import push_feed

TOWN = "431028206"  # 牌楼乡
COUNTY = "431028"  # 安仁县
OTHER_TOWN = "431028101"  # 安仁县安平镇: not Zhang's town


async def play(actors: Actors, report: Report) -> dict[str, Any]:
    report("【案例一】郴州市安仁县牌楼乡柏叶村：张开发一家三口，没有提出申请。")
    civil = await actors.partner(
        "县民政局低收入人口数据", "data_partner", sources=["civil_affairs"]
    )
    hr = await actors.partner("县人社局数据接口", "data_partner", sources=["human_resources"])
    county = await actors.person("安仁县民政局监测专干", "reviewer", COUNTY)
    town = await actors.person("牌楼乡社会救助专干", "caseworker", TOWN)
    elsewhere = await actors.person("安平镇社会救助专干", "caseworker", OTHER_TOWN)

    head = actors.id_number(COUNTY, date(1978, 5, 6), "male")
    spouse = actors.id_number(COUNTY, date(1980, 8, 9), "female")
    child = actors.id_number(COUNTY, date(2013, 3, 1), "female")
    key = f"anren-{actors.run}"
    # His wage as a casual worker, until five months ago.
    wages = [
        {
            "source": "human_resources",
            "source_record_id": f"HR-{actors.run}-{start:%Y%m}",
            "id_number": head,
            "kind": "income",
            "type": "wage",
            "amount_yuan": "900.00",
            "period_from": start.isoformat(),
            "period_to": month_end(start).isoformat(),
        }
        for start in month_starts(15)[:11]
    ]
    await push_feed(hr, wages)
    report(f"{hr.label}推送张开发的务工收入：每月 900 元，五个月前中断。")
    loaded = await civil.post(
        "/v1/monitoring/population",
        {
            "households": [
                {
                    "household_key": key,
                    "region_code": TOWN,
                    "status": "near_subsistence",
                    "address": "牌楼乡柏叶村 3 组",
                    "registration": "rural",
                    "members": [
                        {"id_number": head, "name": "张开发", "relation": "head"},
                        {"id_number": spouse, "name": "刘桂兰", "relation": "spouse"},
                        {"id_number": child, "name": "张小花", "relation": "child"},
                    ],
                }
            ]
        },
    )
    report(f"{civil.label}把张开发一家列入低收入人口动态监测（{loaded['people']} 人）。")
    unemployed = await hr.post(
        "/v1/records",
        {
            "source": "human_resources",
            "source_record_id": f"HR-unemp-{actors.run}",
            "id_number": head,
            "kind": "life_event",
            "type": "unemployment",
            "date": (today() - timedelta(days=20)).isoformat(),
        },
    )
    report(f"{hr.label}推送张开发的失业登记（{unemployed['effective_on']}）。")

    warning = await proactive.follow_warning(
        county=county, town=town, household_key=key, report=report
    )
    other_town_sees = await proactive.warning_for(elsewhere, key)
    report(f"{elsewhere.label}看不到这条预警：{other_town_sees is None}。")
    app = await proactive.proactive_application(town, warning["id"])
    report(
        f"系统据确认的预警自动为张开发家建立「{app['kind_zh']}」申请（渠道 {app['channel']}，"
        f"状态「{app['state']}」），家庭无需自己申请。"
    )
    declaration = {
        "region_code": TOWN,
        "address": "牌楼乡柏叶村 3 组",
        "registration": "rural",
        "members": [
            {
                "name": "张开发",
                "id_number": head,
                "relation": "head",
                "employment": "unemployed",
                "chronic_illness": True,
                "capacity_to_work": "partial",
                "incomes": [{"type": "wage", "monthly_yuan": "600.00"}],
            },
            {"name": "刘桂兰", "id_number": spouse, "relation": "spouse", "employment": "farming"},
            {
                "name": "张小花",
                "id_number": child,
                "relation": "child",
                "school_stage": "junior",
                "employment": "student",
            },
        ],
    }
    await proactive.complete_and_submit(
        town,
        app,
        declaration=declaration,
        signer="张开发",
        needs_reason="入户核实后补全家庭信息",
        report=report,
    )
    outcome = await proactive.verify_and_decide(
        actors,
        town,
        county,
        app,
        colleague="柏叶村村支书",
        neighbour="他家男人没活干了，一家人靠几亩地过日子",
        finding="主要劳动力失业，家庭生活困难属实",
        report=report,
    )
    return {
        "warning": warning,
        "other_town_saw_it": other_town_sees is not None,
        "application": outcome["application"],
        "channel": app["channel"],
        "check": outcome["check"],
        "decision": outcome["decision"],
    }
