"""Case #5 of DOMAIN.md: Ms Yu (pseudonym), 广州市从化区街口街道 (440117001).

A disabled single mother, newly moved in, ill, with difficulty getting to a doctor. A community
social worker registers her household (a walk-in: she is not yet known to intake) and links several
parties: transport to hospital, care, help with medical costs and a powered wheelchair — after which
she goes out every day.
"""

from __future__ import annotations

import uuid
from typing import Any

from tests.cases import linking
from tests.cases.actors import Actors, Report

STREET = "440117001"  # 街口街道
DISTRICT = "440117"  # 从化区
NEEDS = (
    ("care", "就医出行：接送去医院复诊", "high"),
    ("nursing", "居家照护：行动不便时的上门照护", "normal"),
    ("financial_aid", "医疗费用：自付部分的慈善资助", "high"),
    ("rehabilitation", "辅具：电动轮椅，方便每天出门", "high"),
)


async def play(actors: Actors, report: Report) -> dict[str, Any]:
    report("【案例五】广州市从化区街口街道：余女士（化名），残疾单亲妈妈，刚搬来，生病，看病难。")
    social_worker = await actors.person("街口街道社区社工", "caseworker", STREET)
    parties = {
        "care": await linking.provider(
            actors, "从化区志愿者协会", "volunteer_team", DISTRICT, [DISTRICT]
        ),
        "nursing": await linking.provider(
            actors, "从化区居家养老服务中心", "social_organization", DISTRICT, [DISTRICT]
        ),
        "financial_aid": await linking.provider(
            actors, "从化区慈善会", "charity", DISTRICT, [DISTRICT]
        ),
        "rehabilitation": await linking.provider(
            actors, "爱心辅具企业", "enterprise", "440100", ["4401"]
        ),
    }
    offers: dict[str, tuple[str, str, str, dict[str, Any]]] = {
        "care": (
            "volunteer_offer",
            "爱心车队：就医接送",
            "hospital_transport",
            {"capacity_per_period": 20, "capacity_period": "month"},
        ),
        "nursing": (
            "service",
            "居家照护上门服务",
            "home_care",
            {"capacity_per_period": 30, "capacity_period": "month"},
        ),
        "financial_aid": ("project", "大病自付费用慈善资助", "medical_cost_aid", {}),
        "rehabilitation": (
            "goods",
            "电动轮椅捐赠",
            "powered_wheelchair",
            {"unit": "台", "target_groups": ["disability"]},
        ),
    }
    resources = {}
    for category, (kind, name, benefit, extra) in offers.items():
        org, partner = parties[category]
        stock = 3 if kind == "goods" else None
        resources[category] = await linking.publish(
            partner,
            org,
            kind=kind,
            name=name,
            category=category,
            benefit_kind=benefit,
            stock=stock,
            **extra,
        )
    report("资源库里有：志愿者爱心车队、居家照护服务、慈善会大病资助、爱心企业的电动轮椅。")

    household_id = str(uuid.uuid4())
    registered = await social_worker.put(
        f"/v1/referrals/households/{household_id}",
        {
            "region_code": STREET,
            "circle": 3,
            "group": None,
            "consent_to_share": True,
            "members": [
                {
                    "name_masked": "余**",
                    "age": 38,
                    "sex": "female",
                    "disability_category": "physical",
                    "disability_grade": 2,
                    "serious_illness": True,
                },
                {"name_masked": "余*", "age": 9, "sex": "male"},
            ],
            "needs": [{"category": c, "text": t, "urgency": u} for c, t, u in NEEDS],
        },
    )
    report(
        f"{social_worker.label}登记余女士家（新迁入，尚未在当地申请救助），列出 {len(registered['needs'])} 项需求。"
    )
    needs = {n["text"]: n for n in registered["needs"]}
    referrals = {}
    for category, text, _ in NEEDS:
        _, partner = parties[category]
        referrals[text] = await linking.link(
            social_worker, needs[text], resources[category], partner, social_worker, report
        )
    report("多方联动完成：她现在每天坐电动轮椅出门。")
    return {"household_id": household_id, "referrals": referrals}
