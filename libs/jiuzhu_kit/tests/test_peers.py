"""Peer client: request id and service token forwarded; only idempotent calls are retried."""

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from jiuzhu_kit.errors import UpstreamUnavailable
from jiuzhu_kit.logging import request_id_var
from jiuzhu_kit.peers import PeerClient, PeerError, ServiceIdentity
from jiuzhu_kit.settings import ServiceSettings


def flaky_peer(failures: int) -> tuple[FastAPI, list[dict[str, str]]]:
    """A peer that answers 503 `failures` times, then 200; it records what it received."""
    seen: list[dict[str, str]] = []
    peer = FastAPI()

    @peer.api_route("/thing", methods=["GET", "POST"])
    async def thing(request: Request) -> JSONResponse:
        seen.append(dict(request.headers))
        if len(seen) <= failures:
            return JSONResponse({"detail": "busy"}, status_code=503)
        return JSONResponse({"ok": True})

    @peer.get("/missing")
    async def missing() -> JSONResponse:
        return JSONResponse({"title": "Not found", "detail": "no such thing"}, status_code=404)

    return peer, seen


def client_for(peer: FastAPI) -> PeerClient:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=peer))
    identity = ServiceIdentity(ServiceSettings(service_name="intake", environment="test"))
    return PeerClient(base_url="http://peer", http=http, identity=identity, retries=2)


async def test_a_get_is_retried_through_transient_failures() -> None:
    peer, seen = flaky_peer(failures=2)
    assert await client_for(peer).call_json("GET", "/thing") == {"ok": True}
    assert len(seen) == 3


async def test_a_post_without_idempotency_key_is_not_retried() -> None:
    peer, seen = flaky_peer(failures=1)
    response = await client_for(peer).request("POST", "/thing", json={})
    assert response.status_code == 503 and len(seen) == 1


async def test_a_post_with_idempotency_key_is_retried() -> None:
    peer, seen = flaky_peer(failures=1)
    response = await client_for(peer).request(
        "POST", "/thing", json={}, headers={"Idempotency-Key": "k-1"}
    )
    assert response.status_code == 200 and len(seen) == 2


async def test_request_id_and_service_token_are_forwarded() -> None:
    peer, seen = flaky_peer(failures=0)
    token = request_id_var.set("req-42")
    try:
        await client_for(peer).call_json("GET", "/thing")
    finally:
        request_id_var.reset(token)
    assert seen[0]["x-request-id"] == "req-42"
    assert seen[0]["authorization"].startswith("Bearer ")


async def test_a_peer_problem_is_raised_with_its_body() -> None:
    peer, _ = flaky_peer(failures=0)
    with pytest.raises(PeerError) as info:
        await client_for(peer).call_json("GET", "/missing")
    assert info.value.status == 404 and info.value.body["detail"] == "no such thing"


async def test_an_unreachable_peer_is_upstream_unavailable() -> None:
    client = PeerClient(base_url="http://127.0.0.1:1", http=httpx.AsyncClient(), retries=1)
    with pytest.raises(UpstreamUnavailable):
        await client.call_json("GET", "/thing")
