"""One error hierarchy, rendered as RFC 9457 `application/problem+json` for every failure."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from jiuzhu_kit.logging import request_id_var

logger = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "https://jiuzhu.example/problems/"


class DomainError(Exception):
    """A failure the caller can act on. Subclasses fix the status and the problem type."""

    status: int = 400
    type_slug: str = "bad-request"
    title: str = "Bad request"

    def __init__(
        self,
        detail: str,
        *,
        errors: Sequence[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = list(errors) if errors else None
        self.headers = headers or {}
        self.extra = extra


class BadRequest(DomainError):
    pass


class Unauthorized(DomainError):
    status, type_slug, title = 401, "unauthorized", "Authentication required"

    def __init__(self, detail: str, **kw: Any) -> None:
        kw.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(detail, **kw)


class Forbidden(DomainError):
    status, type_slug, title = 403, "forbidden", "Not allowed"


class NotFound(DomainError):
    status, type_slug, title = 404, "not-found", "Not found"


class Conflict(DomainError):
    status, type_slug, title = 409, "conflict", "Conflict"


class InvalidInput(DomainError):
    """Well-formed JSON that breaks a rule of the domain (an invalid ID number, an unknown region)."""

    status, type_slug, title = 422, "validation-error", "Invalid input"


class PayloadTooLarge(DomainError):
    status, type_slug, title = 413, "payload-too-large", "Request body too large"


class UnsupportedMediaType(DomainError):
    status, type_slug, title = 415, "unsupported-media-type", "Unsupported media type"


class RateLimited(DomainError):
    status, type_slug, title = 429, "rate-limited", "Too many requests"


class UpstreamUnavailable(DomainError):
    status, type_slug, title = 503, "upstream-unavailable", "Service unavailable"


class UpstreamTimeout(DomainError):
    status, type_slug, title = 504, "upstream-timeout", "Upstream timed out"


class BadGateway(DomainError):
    status, type_slug, title = 502, "bad-gateway", "Bad gateway"


_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Upstream timed out",
}


def problem_response(
    *,
    status: int,
    detail: str,
    instance: str | None,
    type_slug: str | None = None,
    title: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + (type_slug or str(status)),
        "title": title or _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body["request_id"] = request_id_var.get()
    if errors:
        body["errors"] = errors
    if extra:
        body.update(extra)
    response = JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)
    return response


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        out.append(
            {
                "field": ".".join(loc[1:] if loc and loc[0] in ("body", "query", "path") else loc)
                or "body",
                "in": loc[0] if loc else "body",
                "message": err.get("msg", "invalid"),
                "type": err.get("type", "invalid"),
            }
        )
    return out


# Seconds a client waits before retrying a request whose database connection was lost.
DATABASE_RETRY_AFTER_S = 1


def _database_lost(request: Request) -> JSONResponse:
    return database_lost(request.method, request.url.path)


def database_lost(method: str, path: str) -> JSONResponse:
    """503 for a request whose connection died or could not be opened (a database restart).

    Disconnect detection has already invalidated the pool, so a retry gets a fresh connection. A
    connection lost before the commit saved nothing; one lost during the commit leaves the outcome
    unknown, which is why the retry is safe only with the same Idempotency-Key (POSTs carry one).
    Middleware that reaches the database outside the routes answers with it too.
    """
    logger.warning("database connection lost during %s %s", method, path)
    return problem_response(
        status=503,
        detail="The database was unreachable or its connection was lost. Retry the request "
        "(a POST with the same Idempotency-Key).",
        instance=path,
        type_slug="database-unavailable",
        headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)},
    )


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        return problem_response(
            status=exc.status,
            detail=exc.detail,
            instance=request.url.path,
            type_slug=exc.type_slug,
            title=exc.title,
            errors=exc.errors,
            headers=exc.headers,
            extra=exc.extra,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _field_errors(exc)
        if any(e["type"] == "json_invalid" for e in errors):
            return problem_response(
                status=400,
                detail="The request body is not valid JSON: " + errors[0]["message"],
                instance=request.url.path,
                type_slug="malformed-json",
                errors=errors,
            )
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return problem_response(
            status=422,
            detail=f"The request has {len(errors)} invalid field(s): {summary}",
            instance=request.url.path,
            type_slug="validation-error",
            errors=errors,
        )

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, exc: DBAPIError) -> JSONResponse:
        if not exc.connection_invalidated:
            raise exc
        return _database_lost(request)

    @app.exception_handler(ConnectionError)
    async def _database_unreachable(request: Request, exc: ConnectionError) -> JSONResponse:
        return _database_lost(request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "")
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"No route matches {request.method} {request.url.path}"
        elif exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}"
        return problem_response(
            status=exc.status_code,
            detail=detail,
            instance=request.url.path,
            headers=dict(exc.headers) if exc.headers else None,
        )
