"""Forwarded requests served straight from ASGI, inside the kit's middleware but before FastAPI.

Measured with bench/gateway: FastAPI's routing, exception and handler layers cost about as much
CPU per forwarded request as the forwarding itself, and FastAPI's own server span (its telemetry
wrapper) another ~100 µs. `ProxyFastPath` sits innermost (after the request id, access log, body
limits and metrics) and answers every path of the routing table except the gateway's own routes
under those prefixes (the household overview), which it leaves to FastAPI like everything else.
Errors are rendered as the same RFC 9457 problems. `ProxySpan` sits outermost and opens the
server span of those same requests in FastAPI's place (see `exclude_forwarded`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import MutableMapping, Sequence
from typing import Any

from fastapi import APIRouter
from fastapi.routing import APIRoute
from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from opentelemetry.trace import SpanKind, StatusCode
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.routing.gate import pass_through
from gateway.routing.table import Route, route_for
from jiuzhu_kit.errors import DomainError, problem_response
from jiuzhu_kit.metrics import ROUTE_SCOPE_KEY

logger = logging.getLogger(__name__)
_ROUTE_KEY = "gateway.route"


def problem_for(request: Request, exc: Exception) -> Response:
    """The problem the app's handlers would have rendered for `exc`."""
    path = request.url.path
    if isinstance(exc, DomainError):
        return problem_response(
            status=exc.status,
            detail=exc.detail,
            instance=path,
            type_slug=exc.type_slug,
            title=exc.title,
            errors=exc.errors,
            headers=exc.headers,
            extra=exc.extra,
        )
    if isinstance(exc, StarletteHTTPException):
        return problem_response(status=exc.status_code, detail=str(exc.detail), instance=path)
    logger.exception("unhandled error forwarding %s %s", request.method, path)
    return problem_response(
        status=500,
        detail="An unexpected error occurred. Quote the request id when reporting it.",
        instance=path,
        type_slug="internal-error",
    )


def own_patterns(routers: Sequence[APIRouter]) -> list[re.Pattern[str]]:
    """Path patterns of the gateway's own routes inside forwarded prefixes (the overview)."""
    return [
        route.path_regex
        for router in routers
        for route in router.routes
        if isinstance(route, APIRoute) and route_for(route.path) is not None
    ]


class Forwarded:
    """Which requests the fast path answers: a routing-table path that is not one of our own.

    Asked three times per request (FastAPI's telemetry, `ProxySpan`, `ProxyFastPath`): the answer
    is kept in the scope.
    """

    def __init__(self, own: Sequence[re.Pattern[str]]) -> None:
        self.own = tuple(own)

    def route(self, scope: MutableMapping[str, Any]) -> Route | None:
        if scope.get("type") != "http":
            return None
        if _ROUTE_KEY in scope:
            known: Route | None = scope[_ROUTE_KEY]
            return known
        path = scope["path"]
        route = route_for(path)
        if route is not None and any(p.match(path) for p in self.own):
            route = None
        scope[_ROUTE_KEY] = route
        return route

    def __call__(self, scope: MutableMapping[str, Any]) -> bool:
        return self.route(scope) is not None


class ProxySpan:
    """The server span of a forwarded request, child of the caller's `traceparent`.

    Outermost of the app's middleware, so the access log line carries the trace id and the hop
    sends the service a `traceparent` under this span, as FastAPI's span did. It records what a
    trace reader needs (method, path, status, error) and skips FastAPI's per-request extras.
    """

    def __init__(self, app: ASGIApp, *, forwarded: Forwarded) -> None:
        self.app = app
        self.forwarded = forwarded
        self.tracer = trace.get_tracer(__name__)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.forwarded(scope):
            await self.app(scope, receive, send)
            return
        carrier = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        parent = propagate.extract(carrier)
        method = scope["method"]
        span = self.tracer.start_span(
            method,
            context=parent,
            kind=SpanKind.SERVER,
            attributes={
                "http.request.method": method,
                "url.path": scope["path"],
                "url.scheme": scope.get("scheme", "http"),
            },
        )
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        token = otel_context.attach(trace.set_span_in_context(span, parent))
        try:
            await self.app(scope, receive, send_status)
        except BaseException as exc:
            span.record_exception(exc)
            status = 500
            raise
        finally:
            otel_context.detach(token)
            span.set_attribute("http.response.status_code", status)
            if status >= 500:
                span.set_status(StatusCode.ERROR)
            span.end()


class ProxyFastPath:
    def __init__(self, app: ASGIApp, *, forwarded: Forwarded) -> None:
        self.app = app
        self.forwarded = forwarded

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = self.forwarded.route(scope)
        if route is None:
            await self.app(scope, receive, send)
            return
        scope[ROUTE_SCOPE_KEY] = route.prefix  # counted by routing-table entry
        request = Request(scope, receive)
        try:
            response = await pass_through(request, route=route)
        except Exception as exc:
            response = problem_for(request, exc)
        await response(scope, receive, send)
