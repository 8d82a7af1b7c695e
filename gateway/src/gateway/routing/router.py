"""Catch-all routes forwarding the public API to the services, and their readiness."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.responses import Response

from gateway.routing.gate import pass_through
from gateway.routing.proxy import forward
from gateway.routing.table import SERVICES, TABLE, route_for
from gateway.settings import GatewaySettings
from jiuzhu_kit.errors import NotFound

router = APIRouter()
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def _settings(request: Request) -> GatewaySettings:
    settings: GatewaySettings = request.app.state.settings
    return settings


@router.get("/v1/status", tags=["health"], summary="Readiness of every service behind the gateway")
async def status(request: Request) -> JSONResponse:
    settings = _settings(request)
    http: httpx.AsyncClient = request.app.state.http

    async def probe(name: str, base: str) -> tuple[str, dict[str, Any]]:
        try:
            response = await http.get(f"{base.rstrip('/')}/readyz", timeout=5.0)
        except httpx.HTTPError as exc:
            return name, {"ready": False, "error": type(exc).__name__}
        return name, {"ready": response.status_code == 200, "status": response.status_code}

    results = dict(await asyncio.gather(*(probe(n, u) for n, u in settings.peer_urls().items())))
    ready = all(r["ready"] for r in results.values())
    return JSONResponse({"ready": ready, "services": results}, status_code=200 if ready else 503)


@router.get(
    "/services/{service}/readyz", tags=["health"], summary="One service's readiness, through us"
)
async def service_ready(service: str, request: Request) -> Response:
    if service not in SERVICES:
        raise NotFound(f"Unknown service {service!r}; known: {', '.join(SERVICES)}")
    base = _settings(request).peer_urls()[service]
    return await forward(
        request, service=service, base_url=base, upstream=request.app.state.upstream, path="/readyz"
    )


async def proxy(request: Request) -> Response:
    route = route_for(request.url.path)
    if route is None:
        raise NotFound(f"No route matches {request.method} {request.url.path}")
    return await pass_through(request, route=route)


# Two catch-alls, not one route per prefix: every request is matched against the route list
# (by the router, the metrics and the tracing middleware), and a short list is measurably faster.
# Registered last, so the gateway's own /v1 routes and the overview come first.
for _top in sorted({"/" + route.prefix.strip("/").split("/")[0] for route in TABLE}):
    router.add_api_route(
        _top + "/{rest:path}",
        proxy,
        methods=METHODS,
        include_in_schema=False,
        name="proxy" + _top.replace("/", "_"),
    )
