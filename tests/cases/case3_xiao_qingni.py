"""Case #3 of DOMAIN.md: Xiao Qingni's family, 宜章县五岭镇分水村 (431022115).

Husband with liver cancer; medical costs over 100,000 元 found in 医保 data; twin daughters in primary
school and a 3-year-old son. The county's monitoring list goes to the town's assistant, who visits;
the family gets basic-living support, medical, education, industry and employment assistance together.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tests.cases import proactive
from tests.cases.actors import Actors, Report, today
from tests.cases.flow import push_feed

TOWN = "431022115"  # 五岭镇
COUNTY = "431022"  # 宜章县


async def play(actors: Actors, report: Report) -> dict[str, Any]:
    report("【案例三】郴州市宜章县五岭镇分水村：萧清妮一家五口，丈夫患肝癌。")
    rural = await actors.partner(
        "县乡村振兴局防返贫监测", "data_partner", sources=["rural_revitalization"]
    )
    medical = await actors.partner(
        "市医保局数据接口", "data_partner", sources=["medical_insurance"]
    )
    county = await actors.person("宜章县民政局监测专干", "reviewer", COUNTY)
    assistant = await actors.person("五岭镇社会救助协理员", "caseworker", TOWN)

    wife = actors.id_number(COUNTY, date(1988, 6, 2), "female")
    husband = actors.id_number(COUNTY, date(1985, 1, 15), "male")
    twin_a = actors.id_number(COUNTY, date(2017, 9, 9), "female")
    twin_b = actors.id_number(COUNTY, date(2017, 9, 9), "female")
    son = actors.id_number(COUNTY, today().replace(year=today().year - 3) - timedelta(days=40))
    key = f"yizhang-{actors.run}"
    await rural.post(
        "/v1/monitoring/population",
        {
            "households": [
                {
                    "household_key": key,
                    "region_code": TOWN,
                    "status": "return_to_poverty_watch",
                    "address": "五岭镇分水村 7 组",
                    "registration": "rural",
                    "members": [
                        {"id_number": wife, "name": "萧清妮", "relation": "head"},
                        {"id_number": husband, "name": "黄建军", "relation": "spouse"},
                        {"id_number": twin_a, "name": "黄欣", "relation": "child"},
                        {"id_number": twin_b, "name": "黄悦", "relation": "child"},
                        {"id_number": son, "name": "黄小宝", "relation": "child"},
                    ],
                }
            ]
        },
    )
    report(f"{rural.label}把萧清妮一家列入防止返贫监测名单。")
    bills = [("2026-A", "58650.00", 200), ("2026-B", "44600.00", 90)]
    await push_feed(
        medical,
        [
            {
                "source": "medical_insurance",
                "source_record_id": f"MI-{actors.run}-{code}",
                "id_number": husband,
                "kind": "expenditure",
                "type": "medical_out_of_pocket",
                "amount_yuan": amount,
                "date": (today() - timedelta(days=days)).isoformat(),
            }
            for code, amount, days in bills
        ],
    )
    report(f"{medical.label}推送黄建军肝癌住院的医保结算：报销后自付合计 103250.00 元。")

    warning = await proactive.follow_warning(
        county=county, town=assistant, household_key=key, report=report
    )
    app = await proactive.proactive_application(assistant, warning["id"])
    report(f"确认的预警自动生成「{app['kind_zh']}」申请（渠道 {app['channel']}）。")
    declaration = {
        "region_code": TOWN,
        "address": "五岭镇分水村 7 组",
        "registration": "rural",
        "members": [
            {"name": "萧清妮", "id_number": wife, "relation": "head", "employment": "farming"},
            {
                "name": "黄建军",
                "id_number": husband,
                "relation": "spouse",
                "serious_illness": True,
                "capacity_to_work": "none",
                "employment": "none",
            },
            {
                "name": "黄欣",
                "id_number": twin_a,
                "relation": "child",
                "school_stage": "primary",
                "employment": "student",
            },
            {
                "name": "黄悦",
                "id_number": twin_b,
                "relation": "child",
                "school_stage": "primary",
                "employment": "student",
            },
            {"name": "黄小宝", "id_number": son, "relation": "child"},
        ],
    }
    await proactive.complete_and_submit(
        assistant,
        app,
        declaration=declaration,
        signer="萧清妮",
        needs_reason="入户核实",
        report=report,
    )
    outcome = await proactive.verify_and_decide(
        actors,
        assistant,
        county,
        app,
        colleague="分水村妇女主任",
        neighbour="她男人得了肝癌，家里三个孩子，全靠她种地",
        finding="因病致贫，生活困难属实",
        report=report,
    )
    return {"warning": warning, "channel": app["channel"], **outcome}
