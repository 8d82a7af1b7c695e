"""The HSDS 3.0 directory: public, read-only, no personal data, valid against the published schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from jsonschema import Draft202012Validator

from charity.demo import demo_id, seed
from charity.main import build_app
from charity.settings import CharitySettings
from jiuzhu_kit.testing import app_client

REPO_ROOT = Path(__file__).resolve().parents[3]
HSDS_DIR = (REPO_ROOT / "../shared/standards/hsds-3.0").resolve()


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    compiled = HSDS_DIR / "compiled"
    if not compiled.is_dir():
        pytest.fail(
            f"HSDS 3.0 compiled schemas not found at {compiled}: the shared standards are missing"
        )
    loaded = {p.stem: json.loads(p.read_text()) for p in compiled.glob("*.json")}
    openapi = json.loads((HSDS_DIR / "openapi.json").read_text())
    loaded["page"] = openapi["components"]["schemas"]["Page"]
    return loaded


def validate(schema: dict[str, Any], document: Any) -> None:
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


@pytest.fixture(scope="module")
async def directory(app: FastAPI, client: httpx.AsyncClient) -> None:
    async with app.state.sessions() as session:
        await seed(session)
        await session.commit()


async def test_the_hsds_root_names_the_version(client: httpx.AsyncClient) -> None:
    info = (await client.get("/hsds/")).json()
    assert info["version"] == "3.0"


async def test_services_and_organizations_are_valid_hsds_pages(
    client: httpx.AsyncClient, schemas: dict[str, Any], directory: None
) -> None:
    for path, item_schema in (
        ("/hsds/services", "service_list"),
        ("/hsds/organizations", "organization_list"),
    ):
        response = await client.get(path, params={"per_page": 5})
        assert response.status_code == 200, "public: no token needed"
        page = response.json()
        validate(schemas["page"], page)
        assert page["size"] == len(page["contents"]) <= 5 and page["first_page"] is True
        assert page["total_items"] >= 5
        for item in page["contents"]:
            validate(schemas[item_schema], item)


async def test_a_service_and_an_organization_validate_fully_nested(
    client: httpx.AsyncClient, schemas: dict[str, Any], directory: None
) -> None:
    canteen = (await client.get(f"/hsds/services/{demo_id('resource/幸福食堂')}")).json()
    validate(schemas["service"], canteen)
    assert canteen["name"] == "幸福食堂" and canteen["service_areas"][0]["extent"] == "440117"
    assert canteen["organization"]["id"] == str(demo_id("conghua-projects"))
    org = (await client.get(f"/hsds/organizations/{demo_id('conghua-projects')}")).json()
    validate(schemas["organization"], org)
    names = {s["name"] for s in org["services"]}
    assert {"幸福食堂", "幸福义剪", "幸福衣坊", "幸福学堂", "幸福童享", "红棉守护热线"} <= names


async def test_the_directory_carries_no_personal_data(
    client: httpx.AsyncClient, directory: None
) -> None:
    team = (await client.get(f"/hsds/organizations/{demo_id('errand-team')}")).text
    assert "跑腿帮队员" not in team and "contacts" not in team and "phones" not in team
    missing = await client.get(f"/hsds/services/{demo_id('nothing')}")
    assert missing.status_code == 404
    assert (await client.post("/hsds/services", json={})).status_code == 405


async def test_the_demo_directory_seeds_once(
    app: FastAPI, client: httpx.AsyncClient, directory: None
) -> None:
    before = (await client.get("/hsds/organizations", params={"per_page": 1})).json()["total_items"]
    async with app.state.sessions() as session:
        await seed(session)
        await session.commit()
    after = (await client.get("/hsds/organizations", params={"per_page": 1})).json()["total_items"]
    assert after == before
    names = {
        o["name"]
        for o in (await client.get("/hsds/organizations", params={"per_page": 200})).json()[
            "contents"
        ]
    }
    assert {"株洲市大同社会工作服务中心", "天元区齐心社会工作服务中心"} <= names


async def test_a_development_start_seeds_the_demo_directory(database_url: str) -> None:
    settings = CharitySettings(
        database_url=database_url,
        environment="development",
        referral_sweep_interval_s=0,
        outbox_relay_enabled=False,
    )
    async with app_client(build_app(settings)) as dev:
        hotline = await dev.get(f"/hsds/services/{demo_id('resource/红棉守护热线')}")
        assert hotline.status_code == 200
        assert hotline.json()["organization"]["name"] == "从化区幸福项目服务网络（演示）"
