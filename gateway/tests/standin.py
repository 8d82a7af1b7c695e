"""A stand-in for the services behind the gateway: a real HTTP server on a loopback port.

It answers like the services do (problem bodies, request ids, an OpenAPI document) and can be
made slow, so the gateway's forwarding is tested over real sockets without starting the suite.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

KNOWN_HOUSEHOLD = "6f1c3c0e-6c56-4b5e-9a53-3c1f3f6e0a11"
OTHER_REGION_HOUSEHOLD = "0d9a5c1e-2b7f-4a31-8f0e-7a8c2f1d4b22"
BIG_BODY_BYTES = 1_500_000


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _problem(status: int, detail: str, request: web.Request, **extra: Any) -> web.Response:
    body = {
        "type": f"https://jiuzhu.example/problems/{status}",
        "title": "from the service",
        "status": status,
        "detail": detail,
        "request_id": request.headers.get("x-request-id"),
        **extra,
    }
    return web.Response(
        status=status,
        body=json.dumps(body).encode(),
        headers={"Content-Type": "application/problem+json"},
    )


OPENAPI = {
    "openapi": "3.1.0",
    "info": {"title": "Jiuzhu intake", "version": "0.1.0"},
    "paths": {
        "/v1/households": {
            "post": {
                "operationId": "create_household",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/HouseholdCreate"}
                        }
                    }
                },
                "responses": {"201": {"description": "created"}},
            }
        },
        "/internal/events": {"post": {"operationId": "receive", "responses": {}}},
        "/healthz": {"get": {"operationId": "healthz", "responses": {}}},
    },
    "components": {
        "schemas": {
            "HouseholdCreate": {
                "type": "object",
                "properties": {"region_code": {"type": "string"}},
            },
            "Problem": {"type": "object", "title": "intake's own variant"},
        },
        "securitySchemes": {"HTTPBearer": {"type": "http", "scheme": "bearer"}},
    },
}


@dataclass
class StandIn:
    url: str
    seen: list[dict[str, Any]] = field(default_factory=list)
    release: asyncio.Event = field(default_factory=asyncio.Event)


@asynccontextmanager
async def stand_in_service() -> AsyncIterator[StandIn]:
    port = free_port()
    state = StandIn(url=f"http://127.0.0.1:{port}")

    async def handle(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        state.seen.append(
            {
                "method": request.method,
                "path": request.path_qs,
                "headers": {k.lower(): v for k, v in request.headers.items()},
                "body": body,
            }
        )
        path = request.path
        if path == "/openapi.json":
            return web.json_response(OPENAPI)
        if path == "/readyz":
            return web.json_response({"status": "ready", "service": "stand-in"})
        if path == "/v1/plans" and "household_id" not in request.query:
            await state.release.wait()  # a service that hangs until the test lets it go
        if path == "/v1/plans":
            return web.json_response({"items": []})
        if path == "/v1/love-list":
            return web.Response(body=b"x" * BIG_BODY_BYTES, content_type="application/octet-stream")
        if path == "/v1/households" and request.method == "POST":
            return _problem(
                422, "region_code: not a region", request, errors=[{"field": "region_code"}]
            )
        if path == f"/v1/households/{KNOWN_HOUSEHOLD}":
            return web.json_response(
                {
                    "id": KNOWN_HOUSEHOLD,
                    "region_code": "431028206",
                    "members": [{"id_number": "430000198001010011"}],
                }
            )
        if path.startswith("/v1/households/"):
            return _problem(404, "Household not found", request)
        if path == "/v1/applications":
            # Like intake today, it ignores household_id and lists every application in scope.
            return web.json_response(
                {
                    "items": [
                        {"id": "app-1", "household_id": KNOWN_HOUSEHOLD, "state": "submitted"},
                        {
                            "id": "app-2",
                            "household_id": OTHER_REGION_HOUSEHOLD,
                            "state": "enrolled",
                        },
                    ]
                }
            )
        if path == "/v1/applications/app-1/timeline":
            return web.json_response(
                {"items": [{"at": "2026-11-28T08:00:00Z", "event": "submitted"}]}
            )
        if path == "/v1/referrals":
            return web.json_response({"items": []})
        return web.json_response(
            {
                "method": request.method,
                "path": request.path_qs,
                "headers": {k.lower(): v for k, v in request.headers.items()},
                "body": body.decode(),
            },
            headers={"X-Upstream": "stand-in"},
        )

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    try:
        yield state
    finally:
        state.release.set()
        await runner.cleanup()
