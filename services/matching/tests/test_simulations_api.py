"""`/v1/simulations`: a reform on stored decisions or an uploaded population, baseline against reform."""

from __future__ import annotations

import io

import httpx
import polars as pl

from jiuzhu_kit.testing import bearer
from matching.rules import population, synthetic
from tests.rule_cases import load_cases

REVIEWER = bearer("reviewer", region="431028")
TEMPLATE = next(f for n, f, _ in load_cases() if "case 1" in n)
PLUS_5 = {
    "name": "低保标准 +5 %（湖南，2027-01-01 起）",
    "overrides": [
        {
            "parameter": "dibao_standard_rural",
            "region": "430000",
            "from": "2027-01-01",
            "scale": "1.05",
        }
    ],
}


def household(income: str) -> dict:
    return dict(
        TEMPLATE, members=TEMPLATE["members"][:1], income={"household_monthly_yuan": income}
    )


async def test_a_reform_moves_households_near_the_lines(client: httpx.AsyncClient) -> None:
    caseworker = bearer("caseworker", region="431028")
    for income in ("350.00", "520.00", "900.00"):
        created = await client.post(
            "/v1/decisions", json={"facts": household(income)}, headers=caseworker
        )
        assert created.status_code == 201
    response = await client.post(
        "/v1/simulations",
        json={"population": {"source": "decisions", "region_prefix": "431028"}, "reform": PLUS_5},
        headers=REVIEWER,
    )
    assert response.status_code == 201, response.text
    result = response.json()["result"]
    assert result["as_of"] == "2027-01-01"
    # 341.50 → 358.58: 350 becomes 低保; 520 falls under the new 1.5× line (537.86) and enters circle 2.
    base, reform = result["baseline"], result["reform"]
    assert (
        reform["policies"]["dibao"]["eligible_households"]
        == base["policies"]["dibao"]["eligible_households"] + 1
    )
    assert result["changed_circle"] >= 1
    assert {"from_circle": None, "to_circle": 2, "from_group": None, "to_group": "dibao_edge"} in [
        {k: c[k] for k in ("from_circle", "to_circle", "from_group", "to_group")}
        for c in result["changes"]
    ]
    assert float(reform["monthly_cost_yuan"]) > float(base["monthly_cost_yuan"])
    again = await client.get(f"/v1/simulations/{response.json()['id']}", headers=REVIEWER)
    assert again.json()["result"] == result


async def test_a_reform_naming_an_unknown_parameter_is_a_422(client: httpx.AsyncClient) -> None:
    reform = {
        "name": "typo",
        "overrides": [
            {"parameter": "dibao_standrd", "region": "430000", "from": "2027-01-01", "value": "500"}
        ],
    }
    response = await client.post(
        "/v1/simulations",
        json={"population": {"source": "decisions"}, "reform": reform},
        headers=bearer("admin"),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "reform.overrides.0.parameter"


def _table(households: int) -> bytes:
    buffer = io.BytesIO()
    population.to_table(synthetic.generate(households, seed=3)).write_csv(buffer)
    return buffer.getvalue()


async def test_an_uploaded_csv_population_is_simulated(client: httpx.AsyncClient) -> None:
    admin = bearer("admin")
    uploaded = await client.post(
        "/v1/simulations/populations",
        content=_table(200),
        headers={**admin, "content-type": "text/csv"},
    )
    assert uploaded.status_code == 201, uploaded.text
    assert uploaded.json()["households"] == 200
    response = await client.post(
        "/v1/simulations",
        json={
            "population": {"source": "upload", "population_id": uploaded.json()["id"]},
            "reform": PLUS_5,
        },
        headers=admin,
    )
    assert response.status_code == 201, response.text
    result = response.json()["result"]
    assert result["households"] == 200
    assert sum(result["baseline"]["circles"].values()) == 200


async def test_an_upload_missing_a_column_is_a_422_naming_it(client: httpx.AsyncClient) -> None:
    frame = pl.read_csv(io.BytesIO(_table(5))).drop("disability_grade")
    buffer = io.BytesIO()
    frame.write_csv(buffer)
    response = await client.post(
        "/v1/simulations/populations",
        content=buffer.getvalue(),
        headers={**bearer("admin"), "content-type": "text/csv"},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "disability_grade"
