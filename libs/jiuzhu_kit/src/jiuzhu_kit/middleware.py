"""Pure-ASGI middleware: request id, access log, body size limit and content-type check."""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Sequence
from typing import Any

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jiuzhu_kit.errors import PROBLEM_BASE, PROBLEM_JSON
from jiuzhu_kit.logging import request_id_var

REQUEST_ID_HEADER = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

logger = logging.getLogger("jiuzhu.access")


async def send_problem(
    send: Send, *, status: int, title: str, detail: str, path: str, request_id: str
) -> None:
    body = json.dumps(
        {
            "type": PROBLEM_BASE + title.lower().replace(" ", "-"),
            "title": title,
            "status": status,
            "detail": detail,
            "instance": path,
            "request_id": request_id,
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM_JSON.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"x-request-id", request_id.encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


class RequestContextMiddleware:
    """Assigns or accepts `X-Request-ID`, returns it, logs the request, and guards bodies.

    Bodies over `max_body_bytes` get 413 (paths in `large_body_paths` may take `large_body_bytes`);
    bodies that are not JSON get 415 unless the path is listed in `non_json_paths`.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        large_body_paths: Sequence[str] = (),
        large_body_bytes: int = 2 * 1024**3,
        non_json_paths: Sequence[str] = (),
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.large_body_paths = tuple(large_body_paths)
        self.large_body_bytes = large_body_bytes
        self.non_json_paths = tuple(non_json_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, b"x-request-id")
        request_id = (
            incoming if incoming and _VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        )
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        path, method = scope["path"], scope["method"]
        started = time.perf_counter()
        status_holder: dict[str, Any] = {"status": 500, "started": False}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"x-request-id"]
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            limit = (
                self.large_body_bytes
                if path.startswith(self.large_body_paths) and self.large_body_paths
                else self.max_body_bytes
            )
            if method in BODY_METHODS:
                declared = _header(scope, b"content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    await send_problem(
                        send_with_id,
                        status=413,
                        title="Request body too large",
                        detail=f"The body is {declared} bytes; the limit here is {limit} bytes",
                        path=path,
                        request_id=request_id,
                    )
                    return
                has_body = (declared and declared != "0") or _header(scope, b"transfer-encoding")
                ctype = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
                is_json = ctype == "application/json" or ctype.endswith("+json")
                json_only = not (self.non_json_paths and path.startswith(self.non_json_paths))
                if has_body and json_only and not is_json:
                    await send_problem(
                        send_with_id,
                        status=415,
                        title="Unsupported media type",
                        detail=f"Send the body as application/json (got {ctype or 'no type'!r})",
                        path=path,
                        request_id=request_id,
                    )
                    return
            received = 0

            async def limited_receive() -> Message:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > limit:
                        # An HTTPException passes through FastAPI's body parsing (other errors
                        # become 400) and is rendered as a problem by the app's handlers.
                        raise StarletteHTTPException(
                            413, detail=f"The body exceeds the limit of {limit} bytes"
                        )
                return message

            try:
                await self.app(scope, limited_receive, send_with_id)
            except Exception:
                # Inside the request context so the log line and the problem carry the request id;
                # the body reveals nothing of the error itself.
                logger.exception("unhandled error on %s %s", method, path)
                if status_holder["started"]:
                    raise
                await send_problem(
                    send_with_id,
                    status=500,
                    title="Internal server error",
                    detail="An unexpected error occurred. Quote the request id when reporting it.",
                    path=path,
                    request_id=request_id,
                )
        finally:
            if path not in ("/healthz", "/readyz", "/metrics"):
                logger.info(
                    "%s %s -> %s",
                    method,
                    path,
                    status_holder["status"],
                    extra={
                        "method": method,
                        "path": path,
                        "status": status_holder["status"],
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    },
                )
            request_id_var.reset(token)
