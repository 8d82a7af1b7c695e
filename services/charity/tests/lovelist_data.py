"""The love list's shared test data: a 街口 supermarket's product, the household that may buy it."""

from __future__ import annotations

from typing import Any

from jiuzhu_kit.testing import bearer

JIEKOU = "440117001"  # 广州市从化区街口街道
CASEWORKER = bearer("caseworker", region="440117")
SEVERELY_DISABLED = [
    {
        "name_masked": "余某",
        "age": 41,
        "sex": "female",
        "disability_category": "physical",
        "disability_grade": 1,
    }
]


def partner(org: dict[str, Any]) -> dict[str, str]:
    return bearer("charity_partner", organization_id=org["id"])


def product_body(org: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A product of `org` (10 kg of rice below market price), with `fields` changed."""
    return {
        "supplier_organization_id": org["id"],
        "name": "大米 10kg",
        "unit": "袋",
        "market_price_yuan": "59.90",
        "list_price_yuan": "49.90",
        "quota_per_household": 2,
        "initial_stock": 20,
    } | fields
