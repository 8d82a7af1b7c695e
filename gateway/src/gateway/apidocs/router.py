"""`GET /openapi.json`: the merged OpenAPI 3.1 of the gateway and every service, cached briefly."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.routing import Route

from gateway.apidocs.merge import merge
from gateway.settings import GatewaySettings
from gateway.tokens.router import TOKEN_PATH


class MergedOpenApi:
    """Fetches each service's `/openapi.json` and caches the merged result for `ttl_s`."""

    def __init__(self, *, ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self._doc: dict[str, Any] | None = None
        self._expires = 0.0
        self._lock = asyncio.Lock()

    async def document(self, app: FastAPI) -> dict[str, Any]:
        async with self._lock:
            if self._doc is None or time.monotonic() >= self._expires:
                self._doc = await self._build(app)
                complete = all(s["available"] for s in self._doc["x-services"].values())
                # A partial document is retried soon; a complete one is kept for the full ttl.
                self._expires = time.monotonic() + (
                    self.ttl_s if complete else min(5.0, self.ttl_s)
                )
            return self._doc

    async def _build(self, app: FastAPI) -> dict[str, Any]:
        settings: GatewaySettings = app.state.settings
        http: httpx.AsyncClient = app.state.http
        errors: dict[str, str] = {}

        async def fetch(name: str, base: str) -> tuple[str, dict[str, Any] | None]:
            try:
                response = await http.get(f"{base.rstrip('/')}/openapi.json", timeout=3.0)
                response.raise_for_status()
                return name, response.json()
            except (httpx.HTTPError, ValueError) as exc:
                errors[name] = type(exc).__name__
                return name, None

        fetched = dict(
            await asyncio.gather(*(fetch(n, u) for n, u in settings.peer_urls().items()))
        )
        return merge(app.openapi(), fetched, token_url=TOKEN_PATH, errors=errors)


def install_merged_openapi(app: FastAPI) -> None:
    """Replace FastAPI's own `/openapi.json` with the merged document (`/docs` then shows it)."""
    settings: GatewaySettings = app.state.settings
    merged = MergedOpenApi(ttl_s=settings.openapi_cache_s)
    app.state.merged_openapi = merged

    async def openapi(request: Request) -> JSONResponse:
        return JSONResponse(await merged.document(request.app))

    app.router.routes[:] = [
        r for r in app.router.routes if not (isinstance(r, Route) and r.path == "/openapi.json")
    ]
    app.add_route("/openapi.json", openapi, include_in_schema=False)
