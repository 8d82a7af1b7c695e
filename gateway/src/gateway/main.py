"""The gateway app (`uvicorn gateway.main:app`): one API in front of the four services."""

import httpx
from fastapi import FastAPI
from jiuzhu_kit.app import create_app

from gateway.routing.router import router as routing_router
from gateway.routing.table import ROUTES
from gateway.settings import GatewaySettings, get_settings


def build_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or get_settings()

    async def open_upstream(app: FastAPI) -> None:
        # One pooled client for all forwarding, with the connect/read split that tells 503 from 504.
        app.state.upstream = httpx.AsyncClient(
            timeout=httpx.Timeout(
                settings.upstream_timeout_s, connect=settings.upstream_connect_timeout_s
            ),
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
        )

    async def close_upstream(app: FastAPI) -> None:
        await app.state.upstream.aclose()

    forwarded = tuple(p for prefixes in ROUTES.values() for p in prefixes)
    return create_app(
        settings=settings,
        title="Jiuzhu gateway",
        description="One API for the mobile apps and partner systems of Jiuzhu (救助).",
        routers=[routing_router],
        on_startup=[open_upstream],
        on_shutdown=[close_upstream],
        # Bodies are checked by the owning service; feeds may be large and in CSV/NDJSON.
        large_body_paths=forwarded,
        non_json_paths=forwarded,
    )


app = build_app()
