"""The gateway app (`uvicorn gateway.main:app`): one API in front of the four services."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.middleware import Middleware

from gateway.apidocs.router import install_merged_openapi
from gateway.audit.router import router as audit_router
from gateway.identities.router import router as identities_router
from gateway.identities.seed import seed_demo_identities
from gateway.limits.buckets import MemoryBuckets, RedisBuckets
from gateway.overview.router import router as overview_router
from gateway.routing.fastpath import (
    Forwarded,
    ProxyFastPath,
    ProxySpan,
    own_patterns,
)
from gateway.routing.proxy import open_upstream
from gateway.routing.router import router as routing_router
from gateway.routing.table import TABLE
from gateway.settings import GatewaySettings, get_settings
from gateway.tokens.keys import external_verifier, gateway_verifier
from gateway.tokens.router import TOKEN_PATH
from gateway.tokens.router import router as tokens_router
from jiuzhu_kit.app import create_app


def build_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or get_settings()

    async def open_clients(app: FastAPI) -> None:
        app.state.upstream = open_upstream(settings)
        if settings.redis_url:
            app.state.buckets = RedisBuckets(
                url=settings.redis_url,
                rate=settings.rate_limit_per_s,
                burst=settings.rate_limit_burst,
                prefix=settings.redis_key_prefix,
            )
        else:
            app.state.buckets = MemoryBuckets(
                rate=settings.rate_limit_per_s, burst=settings.rate_limit_burst
            )

    async def close_clients(app: FastAPI) -> None:
        await app.state.upstream.close()
        await app.state.buckets.close()

    forwarded = tuple(route.prefix for route in TABLE)
    own_routers = [tokens_router, identities_router, audit_router, overview_router]
    # Forwarded requests skip FastAPI's routing (innermost) and its span (outermost), see
    # routing/fastpath.py.
    proxied = Forwarded(own_patterns(own_routers))
    app = create_app(
        settings=settings,
        title="Jiuzhu gateway",
        description="One API for the mobile apps and partner systems of Jiuzhu (救助).",
        # The overview route comes before the proxy's catch-all under /v1/households.
        routers=[*own_routers, routing_router],
        on_startup=[open_clients, seed_demo_identities],
        on_shutdown=[close_clients],
        # Bodies are checked by the owning service; feeds may be large and in CSV/NDJSON.
        large_body_paths=forwarded,
        # OAuth2 token requests are form-encoded (RFC 6749 §4).
        non_json_paths=(*forwarded, TOKEN_PATH),
        untraced=proxied,
    )
    # Our own key (current and previous) besides what the kit trusts, verified once per token.
    app.state.verifier = gateway_verifier(settings)
    app.state.external_verifier = external_verifier(settings)
    install_merged_openapi(app)
    app.user_middleware.insert(0, Middleware(ProxySpan, forwarded=proxied))
    app.user_middleware.append(Middleware(ProxyFastPath, forwarded=proxied))
    return app


app = build_app()
