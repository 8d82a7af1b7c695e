"""The clock tests control: moved through /internal/clock only where ENVIRONMENT=test."""

from datetime import datetime

import httpx

from intake.main import build_app
from intake.settings import IntakeSettings
from jiuzhu_kit.testing import bearer

ADMIN = bearer("admin", subject="admin-clock")


async def test_the_test_clock_moves_intakes_time_and_comes_back(client: httpx.AsyncClient) -> None:
    moved = await client.post("/internal/clock", json={"advance_seconds": 86400}, headers=ADMIN)
    assert moved.status_code == 200
    assert float(moved.json()["offset_s"]) == 86400
    ahead = datetime.fromisoformat(moved.json()["now"])
    back = await client.post("/internal/clock", json={"reset": True}, headers=ADMIN)
    assert float(back.json()["offset_s"]) == 0
    assert (ahead - datetime.fromisoformat(back.json()["now"])).total_seconds() > 86000
    caseworker = bearer("caseworker", region="431028")
    refused = await client.post("/internal/clock", json={"reset": True}, headers=caseworker)
    assert refused.status_code == 403


def test_outside_tests_there_is_no_way_to_move_the_clock(database_url: str) -> None:
    app = build_app(IntakeSettings(database_url=database_url, environment="development"))
    assert "/internal/clock" not in {getattr(route, "path", "") for route in app.routes}
