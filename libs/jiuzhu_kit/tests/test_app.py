"""The app factory's promises: request ids, health, metrics, and a problem+json for every failure."""

import gc
import io
import json
import logging

import httpx
import pytest

from jiuzhu_kit.app import create_app
from jiuzhu_kit.logging import log_handler
from jiuzhu_kit.settings import ServiceSettings
from jiuzhu_kit.testing import app_client, bearer

PROBLEM = "application/problem+json"


def assert_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"].startswith("https://")
    assert body["request_id"] == response.headers["x-request-id"]
    return body


async def test_request_id_is_generated_or_kept(client: httpx.AsyncClient) -> None:
    generated = await client.get("/healthz")
    assert len(generated.headers["x-request-id"]) == 32
    kept = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert kept.headers["x-request-id"] == "abc-123"
    # A value that could forge log lines is replaced, not echoed.
    forged = await client.get("/healthz", headers={"X-Request-ID": "a b\tc"})
    assert forged.headers["x-request-id"] != "a b\tc"


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok", "service": "jiuzhu"}
    assert (await client.get("/readyz")).json()["status"] == "ready"


async def test_readiness_is_503_when_the_database_is_unreachable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = ServiceSettings(
        database_url="postgresql+asyncpg://nobody@127.0.0.1:1/none", environment="test"
    )
    app = create_app(settings=settings, title="t", description="t")
    async with app_client(app) as c:
        assert (await c.get("/healthz")).status_code == 200
        assert_problem(await c.get("/readyz"), 503)


async def test_startup_freezes_what_it_made_and_sets_the_young_gc_threshold(tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = gc.get_threshold()
    settings = ServiceSettings(
        database_url=f"sqlite+aiosqlite:///{tmp_path}/gc.db",
        environment="test",
        gc_gen0_threshold=12_345,
    )
    made_at_startup: list[object] = []
    app = create_app(settings=settings, title="t", description="t")
    try:
        async with app_client(app):
            made_at_startup.append(app.state.engine)  # alive since startup, so frozen
            assert gc.get_threshold() == (12_345, before[1], before[2])
            assert gc.get_freeze_count() > 0
            # A frozen object is in no generation a collection walks.
            assert not any(obj is app.state.engine for obj in gc.get_objects())
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


async def test_metrics_show_http_figures_and_the_outbox_backlog(client: httpx.AsyncClient) -> None:
    await client.get("/notes/count", params={"text": "x"})
    await client.post("/notes", json={"text": "waiting", "count": 1})  # the relay is off here
    metrics = await client.get("/metrics")
    assert metrics.status_code == 200
    assert "http_requests_total" in metrics.text
    pending = next(
        line
        for line in metrics.text.splitlines()
        if line.startswith("jiuzhu_outbox_pending_events ")
    )
    assert float(pending.split()[1]) >= 1
    assert "jiuzhu_outbox_oldest_pending_age_seconds" in metrics.text


async def test_validation_errors_name_each_field(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.post("/notes", json={"text": "", "count": "many"}), 422)
    assert {e["field"] for e in body["errors"]} == {"text", "count"}


async def test_malformed_json_is_400(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/notes", content=b'{"text": ', headers={"Content-Type": "application/json"}
    )
    assert "not valid JSON" in assert_problem(response, 400)["detail"]


async def test_unknown_route_and_wrong_method(client: httpx.AsyncClient) -> None:
    assert "/nowhere" in assert_problem(await client.get("/nowhere"), 404)["detail"]
    assert "DELETE" in assert_problem(await client.delete("/healthz"), 405)["detail"]


async def test_a_body_that_is_not_json_is_415(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/notes", content=b"text=a", headers={"Content-Type": "text/plain"}
    )
    assert_problem(response, 415)


@pytest.mark.parametrize("chunked", [False, True])
async def test_a_body_over_the_limit_is_413(client: httpx.AsyncClient, chunked: bool) -> None:
    payload = b'{"text": "' + b"x" * 5000 + b'", "count": 1}'

    async def stream():  # type: ignore[no-untyped-def]
        for i in range(0, len(payload), 1000):
            yield payload[i : i + 1000]

    response = await client.post(
        "/notes",
        content=stream() if chunked else payload,
        headers={"Content-Type": "application/json"},
    )
    assert "2048" in assert_problem(response, 413)["detail"]


async def test_a_domain_conflict_is_409_and_rolls_the_transaction_back(
    client: httpx.AsyncClient,
) -> None:
    body = assert_problem(
        await client.post("/notes/fail", json={"text": "rollback", "count": 1}), 409
    )
    assert body["current"] == "x"
    count = await client.get("/notes/count", params={"text": "rollback"})
    assert count.json() == {"count": 0}


async def test_a_success_commits(client: httpx.AsyncClient) -> None:
    assert (await client.post("/notes", json={"text": "kept", "count": 1})).status_code == 201
    assert (await client.get("/notes/count", params={"text": "kept"})).json() == {"count": 1}


async def test_an_unexpected_error_is_500_without_internals(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.get("/boom"), 500)
    assert "hunter2" not in str(body) and "RuntimeError" not in str(body)


async def test_each_request_leaves_one_json_access_line(client: httpx.AsyncClient) -> None:
    lines = io.StringIO()
    handler = log_handler(service="kit", stream=lines)
    access = logging.getLogger("jiuzhu.access")
    access.addHandler(handler)
    trace_id = "4bf92f3577b34da6a3ce929d0e0e4736"
    try:
        await client.get(
            "/me",
            headers={
                **bearer("caseworker"),
                "X-Request-ID": "access-line-1",
                "traceparent": f"00-{trace_id}-00f067aa0ba902b7-01",
            },
        )
    finally:
        access.removeHandler(handler)
    [line] = [json.loads(raw) for raw in lines.getvalue().splitlines()]
    assert line["request_id"] == "access-line-1" and line["trace_id"] == trace_id
    assert (line["method"], line["path"], line["status"]) == ("GET", "/me", 200)
    assert line["service"] == "kit" and line["logger"] == "jiuzhu.access"
    assert isinstance(line["duration_ms"], float) and line["time"] and line["level"] == "INFO"


async def test_http_metrics_count_requests_by_route_template(client: httpx.AsyncClient) -> None:
    await client.get("/notes/count", params={"text": "metrics"})
    await client.get("/no/such/route")
    await client.get("/healthz")
    text = (await client.get("/metrics")).text
    assert 'http_requests_total{handler="/notes/count",method="GET",status="2xx"}' in text
    assert 'http_requests_total{handler="none",method="GET",status="4xx"}' in text
    assert (
        'http_request_duration_seconds_bucket{handler="/notes/count",le="0.1",method="GET"}' in text
    )
    assert "http_request_duration_highr_seconds_count" in text
    assert 'http_response_size_bytes_count{handler="/notes/count"}' in text
    # Probes and scrapes are not traffic.
    assert 'handler="/healthz"' not in text and 'handler="/metrics"' not in text


async def test_the_openapi_documents_validation_errors_as_problems(
    client: httpx.AsyncClient,
) -> None:
    doc = (await client.get("/openapi.json")).json()
    invalid = doc["paths"]["/notes"]["post"]["responses"]["422"]
    assert invalid["content"] == {
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
    }
    schemas = doc["components"]["schemas"]
    assert "Problem" in schemas and "HTTPValidationError" not in schemas
    # And that is what a validation failure answers.
    answer = await client.post("/notes", json={"text": "", "count": "x"})
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    assert set(schemas["Problem"]["required"]) <= set(answer.json())
