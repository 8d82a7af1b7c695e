"""Forwarding: answers pass through unchanged, a stopped service is 503, a slow one 504."""

from __future__ import annotations

import aiohttp
import httpx
from standin import BIG_BODY_BYTES, StandIn

from gateway.routing.proxy import open_upstream
from gateway.settings import GatewaySettings
from jiuzhu_kit.testing import bearer

CASEWORKER = bearer("caseworker", region="431028")


async def test_a_request_reaches_its_service_with_token_request_id_and_query(
    client: httpx.AsyncClient, upstream: StandIn
) -> None:
    response = await client.get(
        "/v1/policies?region=431028&page=2", headers={**CASEWORKER, "X-Request-ID": "fwd-1"}
    )
    assert response.status_code == 200
    assert response.headers["x-upstream"] == "stand-in"
    assert response.headers["x-request-id"] == "fwd-1"
    seen = response.json()
    assert seen["path"] == "/v1/policies?region=431028&page=2"
    assert seen["headers"]["x-request-id"] == "fwd-1"
    assert seen["headers"]["authorization"] == CASEWORKER["Authorization"]


async def test_a_body_is_forwarded_as_sent(client: httpx.AsyncClient) -> None:
    ndjson = b'{"a": 1}\n{"a": 2}\n'
    response = await client.post(
        "/v1/resources",
        content=ndjson,
        headers={**bearer("charity_partner"), "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 200
    assert response.json()["body"] == ndjson.decode()


async def test_a_service_problem_passes_through_unchanged(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/households", json={"region_code": "x"}, headers={**CASEWORKER, "X-Request-ID": "p-9"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json() == {
        "type": "https://jiuzhu.example/problems/422",
        "title": "from the service",
        "status": 422,
        "detail": "region_code: not a region",
        "request_id": "p-9",
        "errors": [{"field": "region_code"}],
    }


async def test_a_large_answer_is_streamed_through_whole(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/love-list", headers=CASEWORKER)
    assert response.status_code == 200 and len(response.content) == BIG_BODY_BYTES


async def test_a_stopped_service_is_a_503_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/warnings", headers=CASEWORKER)
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert "verification" in response.json()["detail"]


async def test_a_slow_service_is_a_504_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/plans", headers=CASEWORKER)
    assert response.status_code == 504
    assert "matching" in response.json()["detail"]


async def test_readiness_through_the_gateway(client: httpx.AsyncClient) -> None:
    status = await client.get("/v1/status")
    assert status.status_code == 503
    services = status.json()["services"]
    assert services["intake"]["ready"] is True and services["verification"]["ready"] is False
    assert (await client.get("/services/intake/readyz")).status_code == 200
    assert (await client.get("/services/verification/readyz")).status_code == 503
    assert (await client.get("/services/nope/readyz")).status_code == 404


async def test_an_unknown_path_is_404_without_reaching_a_service(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/policiesx", headers=CASEWORKER)
    assert response.status_code == 404


async def test_the_caller_is_added_to_x_forwarded_for(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/v1/policies", headers={**CASEWORKER, "X-Forwarded-For": "203.0.113.7"}
    )
    forwarded = response.json()["headers"]["x-forwarded-for"]
    assert forwarded.startswith("203.0.113.7, ") and forwarded.count(",") == 1


async def test_the_service_continues_the_callers_trace_under_the_gateways_span(
    client: httpx.AsyncClient,
) -> None:
    caller_trace, caller_span = "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331"
    response = await client.get(
        "/v1/policies", headers={**CASEWORKER, "traceparent": f"00-{caller_trace}-{caller_span}-01"}
    )
    _, trace_id, parent_span, _ = response.json()["headers"]["traceparent"].split("-")
    assert trace_id == caller_trace
    assert parent_span != caller_span and parent_span != "0" * 16


async def test_a_request_without_a_trace_starts_one_the_service_continues(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/policies", headers=CASEWORKER)
    _, trace_id, _, _ = response.json()["headers"]["traceparent"].split("-")
    assert len(trace_id) == 32 and trace_id != "0" * 32


async def test_forwarded_requests_are_counted_by_routing_table_entry(
    client: httpx.AsyncClient,
) -> None:
    assert (await client.get("/v1/policies/x?page=2", headers=CASEWORKER)).status_code == 200
    metrics = (await client.get("/metrics")).text
    assert 'http_requests_total{handler="/v1/policies",method="GET",status="2xx"}' in metrics


async def test_the_upstream_client_keeps_no_cookies() -> None:
    """It serves every caller at once: a cookie one caller's answer set must never reach another's
    request (aiohttp's default jar would keep it for any upstream with a host name)."""
    upstream = open_upstream(GatewaySettings(environment="test"))
    try:
        assert isinstance(upstream.cookie_jar, aiohttp.DummyCookieJar)
    finally:
        await upstream.close()
