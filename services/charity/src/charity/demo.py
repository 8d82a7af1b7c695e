"""The demo directory `make run` starts with (development only): DOMAIN.md's organizations and projects.

Idempotent: every row has a fixed id and is inserted only if absent, so restarts change nothing.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from charity.lovelist.models import LoveListProduct
from charity.organizations.models import Organization, OrganizationPerson
from charity.resources.models import Resource

DEMO = uuid.UUID("0b6c1c8e-2f7e-4d0c-8a55-6a3f3c1d9e01")


def demo_id(name: str) -> uuid.UUID:
    return uuid.uuid5(DEMO, name)


CONGHUA, CONGHUA_JIEKOU = "440117", "440117001"
ORGANIZATIONS: list[dict[str, Any]] = [
    {
        "key": "conghua-projects",
        "name": "从化区幸福项目服务网络（演示）",
        "kind": "social_organization",
        "region_code": CONGHUA,
        "regions_served": [CONGHUA],
        "description": "Runs Conghua's six 幸福 projects and the 红棉守护 hotline (demo entry).",
    },
    {
        "key": "datong",
        "name": "株洲市大同社会工作服务中心",
        "kind": "social_work_agency",
        "region_code": "430203",
        "regions_served": ["4302"],
        "description": "Social-work agency in Zhuzhou: case management and resource linking.",
    },
    {
        "key": "qixin",
        "name": "天元区齐心社会工作服务中心",
        "kind": "social_work_agency",
        "region_code": "430211",
        "regions_served": ["430211"],
        "description": "Social-work agency in Tianyuan district, Zhuzhou.",
    },
    {
        "key": "supermarket",
        "name": "从化区爱心供货超市（演示）",
        "kind": "supermarket",
        "region_code": CONGHUA_JIEKOU,
        "regions_served": [CONGHUA],
        "description": "Supplies the love list (爱心清单) to stations in Conghua (demo entry).",
    },
    {
        "key": "errand-team",
        "name": "从化区跑腿帮志愿服务队（演示）",
        "kind": "volunteer_team",
        "region_code": CONGHUA_JIEKOU,
        "regions_served": [CONGHUA],
        "description": "Staff and volunteer errand runners taking goods to the door (demo entry).",
    },
]
PROJECTS: list[tuple[str, str, str, str, str, list[str]]] = [
    # (name, kind, category, benefit kind, schedule, target groups)
    (
        "幸福食堂",
        "project",
        "basic_living",
        "meal",
        "每日午餐 11:00–13:00",
        ["elderly", "tekun", "dibao"],
    ),
    ("幸福义剪", "project", "care", "haircut", "每月第一个周六上门义剪", ["elderly", "disability"]),
    (
        "幸福衣坊",
        "project",
        "care",
        "laundry",
        "每周二、五收送衣物",
        ["elderly", "severe_disability"],
    ),
    ("幸福学堂", "project", "education", "tutoring", "周末课业辅导", ["child"]),
    ("幸福童享", "project", "care", "children_programme", "寒暑假儿童活动", ["child"]),
    ("幸福义诊", "project", "health", "free_clinic", "每月义诊一次", ["all"]),
    ("红棉守护热线", "hotline", "psychological", "hotline", "24 小时", ["all"]),
]
PEOPLE = [
    ("errand-team", "跑腿帮队员甲", "errand_runner"),
    ("errand-team", "跑腿帮队员乙", "errand_runner"),
    ("errand-team", "街口街道团购团长", "group_buy_leader"),
    ("datong", "大同社工", "social_worker"),
    ("qixin", "齐心社工", "social_worker"),
]
PRODUCTS = [
    ("大米 10kg", "袋", "59.90", "49.90", 2),
    ("花生油 5L", "桶", "79.00", "65.00", 1),
    ("纯牛奶 250ml×24", "箱", "68.00", "55.00", 2),
]


async def _add_if_absent(session: AsyncSession, row: SQLModel, model: type[SQLModel]) -> None:
    if await session.get(model, row.id) is None:  # type: ignore[attr-defined]
        session.add(row)


async def seed(session: AsyncSession) -> None:
    for org in ORGANIZATIONS:
        fields = {k: v for k, v in org.items() if k != "key"}
        await _add_if_absent(session, Organization(id=demo_id(org["key"]), **fields), Organization)
    await session.flush()
    projects_org = demo_id("conghua-projects")
    for name, kind, category, benefit, schedule, groups in PROJECTS:
        resource = Resource(
            id=demo_id(f"resource/{name}"),
            organization_id=projects_org,
            kind=kind,
            name=name,
            description=f"从化区 {name}",
            category=category,
            benefit_kind=benefit,
            target_groups=groups,
            regions_served=[CONGHUA],
            schedule=schedule,
        )
        await _add_if_absent(session, resource, Resource)
    for org_key, name, role in PEOPLE:
        person = OrganizationPerson(
            id=demo_id(f"person/{name}"),
            organization_id=demo_id(org_key),
            name=name,
            role=role,
            region_code=CONGHUA_JIEKOU if org_key == "errand-team" else "430203",
        )
        await _add_if_absent(session, person, OrganizationPerson)
    for name, unit, market, listed, quota in PRODUCTS:
        product = LoveListProduct(
            id=demo_id(f"product/{name}"),
            supplier_organization_id=demo_id("supermarket"),
            name=name,
            unit=unit,
            market_price_yuan=Decimal(market),
            list_price_yuan=Decimal(listed),
            eligibility=["dispersed_tekun", "serious_illness", "severe_disability"],
            quota_per_household=quota,
            regions_served=[CONGHUA],
            stock_on_hand=200,
        )
        await _add_if_absent(session, product, LoveListProduct)
    await session.flush()


async def seed_on_startup(app: FastAPI) -> None:
    """The `on_startup` hook: seeds in development only, never in test, staging or production."""
    settings = app.state.settings
    if settings.environment != "development" or not settings.seed_demo:
        return
    async with app.state.sessions() as session:
        await seed(session)
        await session.commit()
