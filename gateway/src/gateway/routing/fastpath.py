"""Forwarded requests served straight from ASGI, inside the kit's middleware but before FastAPI.

Measured with bench/gateway: FastAPI's routing, exception and handler layers cost about as much
CPU per forwarded request as the forwarding itself. This middleware sits innermost (after the
request id, access log, body limits, metrics and tracing) and answers every path of the routing
table except the gateway's own routes under those prefixes (the household overview), which it
leaves to FastAPI like everything else. Errors are rendered as the same RFC 9457 problems.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from fastapi import APIRouter
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.routing.gate import pass_through
from gateway.routing.table import route_for
from jiuzhu_kit.errors import DomainError, problem_response
from jiuzhu_kit.metrics import ROUTE_SCOPE_KEY

logger = logging.getLogger(__name__)


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


class ProxyFastPath:
    def __init__(self, app: ASGIApp, *, own: Sequence[re.Pattern[str]]) -> None:
        self.app = app
        self.own = tuple(own)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = scope["path"]
            route = route_for(path)
            if route is not None and not any(p.match(path) for p in self.own):
                scope[ROUTE_SCOPE_KEY] = route.prefix  # counted by routing-table entry
                request = Request(scope, receive)
                try:
                    response = await pass_through(request, route=route)
                except Exception as exc:
                    response = problem_for(request, exc)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
