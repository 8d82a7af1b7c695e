"""The app factory every service and the gateway use: lifespan, middleware, errors, health, metrics."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse
from prometheus_client import CollectorRegistry
from sqlalchemy import text

from jiuzhu_kit.auth import TokenVerifier, dev_jwks
from jiuzhu_kit.db import PoolSettings, create_engine, session_factory
from jiuzhu_kit.errors import install_problem_handlers, problem_response
from jiuzhu_kit.logging import configure_logging
from jiuzhu_kit.metrics import (
    HttpMetrics,
    Refresher,
    install_metrics_endpoint,
    outbox_refresher,
)
from jiuzhu_kit.middleware import RequestContextMiddleware
from jiuzhu_kit.openapi import install_problem_openapi
from jiuzhu_kit.outbox import EventHandlers, make_events_router
from jiuzhu_kit.peers import ServiceIdentity
from jiuzhu_kit.relay import OutboxRelay
from jiuzhu_kit.settings import ServiceSettings
from jiuzhu_kit.tracing import telemetry

logger = logging.getLogger(__name__)

Hook = Callable[[FastAPI], Awaitable[None]]


def build_verifier(settings: ServiceSettings) -> TokenVerifier:
    jwks: dict[str, Any] = {"keys": []}
    if settings.jwt_trusted_keys:
        jwks = json.loads(settings.jwt_trusted_keys)
    verifier = TokenVerifier(
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        jwks=jwks,
        jwks_url=settings.jwt_jwks_url,
    )
    if settings.is_development:
        verifier.add_jwks(dev_jwks())
    return verifier


def tune_gc(settings: ServiceSettings) -> None:
    """Set up Python's cyclic garbage collector for a long-running service, once it has started.

    With Python's defaults a request's few hundred short-lived objects (ORM rows, validated
    models, dicts) start a young-generation collection every 700 allocations, and every tenth
    of those an older one, and each full collection walks every object the process holds, most
    of them made at startup and alive for good: in intake's submission bench the collector took
    about a sixth of the process's CPU. Freezing moves what startup made into a permanent
    generation no collection walks (Python's own advice for long-lived processes, `gc.freeze`),
    and a higher young threshold makes the collections rarer without letting cycles pile up
    (each waits at most that many allocations). Reference counting, which frees nearly
    everything, is not affected.
    """
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(settings.gc_gen0_threshold, older, oldest)
    if settings.gc_freeze_after_startup:
        gc.collect()
        gc.freeze()


def create_app(
    *,
    settings: ServiceSettings,
    title: str,
    description: str,
    routers: Sequence[APIRouter] = (),
    outbox_model: type[Any] | None = None,
    inbox_model: type[Any] | None = None,
    event_handlers: EventHandlers | None = None,
    peers: Callable[[], dict[str, str]] | None = None,
    on_startup: Sequence[Hook] = (),
    on_shutdown: Sequence[Hook] = (),
    large_body_paths: Sequence[str] = (),
    non_json_paths: Sequence[str] = (),
    version: str = "0.1.0",
    readiness: Callable[[FastAPI], Awaitable[None]] | None = None,
    metrics_refreshers: Sequence[Refresher] = (),
    untraced: Callable[[MutableMapping[str, Any]], bool] | None = None,
) -> FastAPI:
    """Build a service app. The lifespan owns the DB engine, one shared HTTP client and the relay."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(
            service=settings.service_name, level=settings.log_level, json=settings.log_json
        )
        engine = create_engine(
            settings.database_url,
            echo=settings.database_echo,
            pool=PoolSettings(
                size=settings.database_pool_size,
                max_overflow=settings.database_max_overflow,
                timeout_s=settings.database_pool_timeout_s,
                recycle_s=settings.database_pool_recycle_s,
            ),
        )
        app.state.engine = engine
        app.state.sessions = session_factory(engine)
        app.state.http = httpx.AsyncClient(
            timeout=settings.request_timeout_s,
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        )
        app.state.identity = ServiceIdentity(settings)
        relay_task: asyncio.Task[None] | None = None
        if outbox_model is not None:
            relay = OutboxRelay(
                sessions=app.state.sessions,
                outbox_model=outbox_model,
                http=app.state.http,
                identity=app.state.identity,
                peers=peers or dict,
                source=settings.service_name,
                poll_interval_s=settings.outbox_poll_interval_s,
                batch_size=settings.outbox_batch_size,
                max_backoff_s=settings.outbox_max_backoff_s,
                debounce_s=settings.outbox_debounce_s,
                concurrency=settings.outbox_concurrency,
            )
            app.state.relay = relay
            if settings.outbox_relay_enabled:
                relay_task = asyncio.create_task(relay.run_forever(), name="outbox-relay")
        for hook in on_startup:
            await hook(app)
        tune_gc(settings)
        try:
            yield
        finally:
            for hook in on_shutdown:
                await hook(app)
            if relay_task is not None:
                relay_task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await relay_task
            await app.state.http.aclose()
            await engine.dispose()

    app = FastAPI(
        title=title,
        description=description,
        version=version,
        lifespan=lifespan,
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
        telemetry=telemetry(settings.service_name, untraced),
    )
    app.state.settings = settings
    app.state.verifier = build_verifier(settings)
    install_problem_handlers(app)
    install_problem_openapi(app)
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_body_bytes,
        large_body_paths=large_body_paths,
        non_json_paths=non_json_paths,
    )

    @app.get("/healthz", tags=["health"], summary="Liveness: the process answers")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": settings.service_name}

    @app.get("/readyz", tags=["health"], summary="Readiness: the database is reachable")
    async def readyz() -> Any:
        try:
            async with app.state.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            if readiness is not None:
                await readiness(app)
        except Exception as exc:
            logger.warning("not ready: %s", exc)
            return problem_response(
                status=503,
                detail=f"{settings.service_name} is not ready: {type(exc).__name__}",
                instance="/readyz",
                type_slug="not-ready",
            )
        return JSONResponse({"status": "ready", "service": settings.service_name})

    for router in routers:
        app.include_router(router)
    if event_handlers is not None and inbox_model is not None:
        app.include_router(make_events_router(event_handlers, inbox_model, outbox_model))

    registry = CollectorRegistry()
    app.add_middleware(HttpMetrics, registry=registry)
    refreshers = list(metrics_refreshers)
    if outbox_model is not None:
        refreshers.insert(0, outbox_refresher(outbox_model))
    install_metrics_endpoint(app, registry, refreshers, namespace="jiuzhu")
    return app
