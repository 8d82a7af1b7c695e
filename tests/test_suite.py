"""The suite as one system: readiness through the gateway, writes landing in their owner, nothing lost."""

import socket
from datetime import date

import httpx
import pytest

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import ServiceProcess, Stack, eventually, free_port

CASEWORKER = bearer("caseworker", region="431028")
OPERATOR = bearer("admin")


def household(seq: int) -> dict:
    return {
        "region_code": "431028206",
        "address": "牌楼乡柏叶村",
        "registration": "rural",
        "members": [
            {
                "name": "张开发",
                "id_number": resident_id.make("431028", date(1975, 4, 2), seq),
                "relation": "head",
            }
        ],
    }


async def test_every_service_is_ready_through_the_gateway(gateway: httpx.AsyncClient) -> None:
    assert (await gateway.get("/healthz")).status_code == 200
    status = await gateway.get("/v1/status")
    assert status.status_code == 200, status.text
    assert set(status.json()["services"]) == {"intake", "verification", "matching", "charity"}
    for name in ("intake", "verification", "matching", "charity"):
        ready = await gateway.get(f"/services/{name}/readyz")
        assert ready.status_code == 200 and ready.json()["service"] == name


async def test_a_write_through_the_gateway_lands_in_its_owner(
    gateway: httpx.AsyncClient, stack: Stack
) -> None:
    created = await gateway.post(
        "/v1/households",
        json=household(101),
        headers={**CASEWORKER, "X-Request-ID": "e2e-write-1"},
    )
    assert created.status_code == 201, created.text
    assert created.headers["x-request-id"] == "e2e-write-1"
    household_id = created.json()["id"]
    if stack.controllable:
        async with httpx.AsyncClient(base_url=stack.service_url("intake")) as intake:
            direct = await intake.get(f"/v1/households/{household_id}", headers=CASEWORKER)
        assert direct.status_code == 200
        assert direct.json()["region_code"] == "431028206"


async def test_a_service_problem_passes_through_the_gateway_unchanged(
    gateway: httpx.AsyncClient,
) -> None:
    response = await gateway.post(
        "/v1/households", json={"region_code": "x"}, headers={**CASEWORKER, "X-Request-ID": "p-1"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["request_id"] == "p-1"
    assert {e["field"] for e in body["errors"]} >= {"region_code", "members"}


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        (
            "POST",
            "/v1/households",
            {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
            400,
        ),
        ("POST", "/v1/households", {"json": {"region_code": 431028206}}, 422),
        (
            "POST",
            "/v1/households",
            {"content": b"a=b", "headers": {"Content-Type": "text/plain"}},
            415,
        ),
        ("POST", "/v1/households", {"json": {"address": "x" * 2_000_000}}, 413),
        ("GET", "/v1/no-such-thing", {}, 404),
        ("DELETE", "/healthz", {}, 405),
    ],
)
async def test_bad_requests_get_a_problem_with_a_request_id(
    gateway: httpx.AsyncClient, method: str, path: str, kwargs: dict, status: int
) -> None:
    headers = {**CASEWORKER, **kwargs.pop("headers", {})}
    response = await gateway.request(method, path, headers=headers, **kwargs)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["detail"] and body["request_id"]


@pytest.mark.process_control
async def test_a_stopped_service_is_a_503_problem(gateway: httpx.AsyncClient, stack: Stack) -> None:
    stack.stop("charity")
    try:
        response = await gateway.get("/v1/organizations", headers=CASEWORKER)
        assert response.status_code == 503
        assert response.headers["content-type"] == "application/problem+json"
        assert "charity" in response.json()["detail"]
        status = await gateway.get("/v1/status")
        assert status.status_code == 503 and status.json()["services"]["charity"]["ready"] is False
    finally:
        await stack.start("charity")


@pytest.mark.process_control
async def test_an_event_to_a_stopped_peer_is_delivered_once_it_is_back(
    gateway: httpx.AsyncClient, stack: Stack
) -> None:
    stack.stop("verification")
    try:
        created = await gateway.post("/v1/households", json=household(202), headers=CASEWORKER)
        assert created.status_code == 201, "intake accepts work while verification is down"
        async with httpx.AsyncClient(base_url=stack.service_url("intake")) as intake:

            async def pending() -> list[dict]:
                body = (await intake.get("/internal/outbox", headers=OPERATOR)).json()
                return [e for e in body["pending"] if e["topic"] == "household.declared"]

            waiting = await eventually(pending)
            event_id = waiting[0]["id"]
            await eventually(lambda: _attempted(intake, event_id))
    finally:
        await stack.start("verification")
    async with (
        httpx.AsyncClient(base_url=stack.service_url("intake")) as intake,
        httpx.AsyncClient(base_url=stack.service_url("verification")) as verification,
    ):

        async def applied() -> bool:
            r = await verification.get(f"/internal/inbox/{event_id}", headers=OPERATOR)
            return r.status_code == 200

        await eventually(applied)

        async def drained() -> bool:
            body = (await intake.get("/internal/outbox", headers=OPERATOR)).json()
            return all(e["id"] != event_id for e in body["pending"])

        await eventually(drained)
        # A redelivery of the same event (the relay may resend after a lost acknowledgement) is a no-op.
        again = await verification.post(
            "/internal/events",
            json={
                "id": event_id,
                "topic": "household.declared",
                "source": "intake",
                "occurred_at": "2026-01-01T00:00:00+00:00",
                "payload": {},
            },
            headers=bearer("service", kind="service"),
        )
        assert again.status_code == 200 and again.json()["duplicate"] is True


async def _attempted(intake: httpx.AsyncClient, event_id: str) -> bool:
    body = (await intake.get("/internal/outbox", headers=OPERATOR)).json()
    return any(e["id"] == event_id and e["attempts"] >= 1 for e in body["pending"])


@pytest.mark.process_control
async def test_a_service_that_does_not_answer_in_time_is_a_504_problem(
    stack: Stack, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # A peer that accepts the connection and never answers: what a hung service looks like.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        gateway_env = dict(stack.processes["gateway"].env)
        gateway_env["GATEWAY_CHARITY_URL"] = f"http://127.0.0.1:{silent.getsockname()[1]}"
        gateway_env["GATEWAY_UPSTREAM_TIMEOUT_S"] = "1.0"
        slow_gateway = ServiceProcess(
            "gateway", free_port(), gateway_env, tmp_path_factory.mktemp("slow") / "gw.log"
        )
        slow_gateway.start()
        try:
            await slow_gateway.wait_ready()
            async with httpx.AsyncClient(base_url=slow_gateway.url, timeout=30) as client:
                response = await client.get("/v1/organizations", headers=CASEWORKER)
            assert response.status_code == 504
            assert response.headers["content-type"] == "application/problem+json"
            assert "charity" in response.json()["detail"]
        finally:
            slow_gateway.stop()
