"""Streams a request to the owning service and its answer back; a down or slow service is a problem."""

from __future__ import annotations

import logging

import httpx
from fastapi import Request
from jiuzhu_kit.errors import BadGateway, UpstreamTimeout, UpstreamUnavailable
from jiuzhu_kit.logging import request_id_var
from starlette.background import BackgroundTask
from starlette.responses import Response, StreamingResponse

logger = logging.getLogger(__name__)

# Hop-by-hop headers (RFC 9110 §7.6.1) are never forwarded; httpx sets the host. Content-Length
# passes through so the service can refuse an oversized body before reading it.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
    }
)


def _forward_headers(request: Request) -> list[tuple[str, str]]:
    headers = [(k, v) for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP]
    headers = [(k, v) for k, v in headers if k.lower() != "x-request-id"]
    headers.append(("x-request-id", request_id_var.get() or ""))
    client = request.client.host if request.client else ""
    prior = request.headers.get("x-forwarded-for")
    headers = [(k, v) for k, v in headers if k.lower() != "x-forwarded-for"]
    headers.append(("x-forwarded-for", f"{prior}, {client}" if prior else client))
    return headers


async def forward(
    request: Request,
    *,
    service: str,
    base_url: str,
    http: httpx.AsyncClient,
    path: str | None = None,
) -> Response:
    """Pass the request through unchanged (body streamed) and stream the answer back."""
    target = path if path is not None else request.url.path
    url = httpx.URL(base_url.rstrip("/") + target, query=request.url.query.encode())
    has_body = request.method in ("POST", "PUT", "PATCH")
    upstream_request = http.build_request(
        request.method,
        url,
        headers=_forward_headers(request),
        content=request.stream() if has_body else None,
    )
    try:
        upstream = await http.send(upstream_request, stream=True)
    except httpx.ConnectError as exc:
        raise UpstreamUnavailable(
            f"The {service} service is unavailable; try again shortly", service=service
        ) from exc
    except httpx.TimeoutException as exc:
        raise UpstreamTimeout(
            f"The {service} service did not answer in time", service=service
        ) from exc
    except httpx.HTTPError as exc:
        logger.warning("upstream %s failed: %s", service, exc)
        raise BadGateway(f"The {service} service failed to answer", service=service) from exc
    headers = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP}
    return StreamingResponse(
        upstream.aiter_raw(),
        status_code=upstream.status_code,
        headers=headers,
        background=BackgroundTask(upstream.aclose),
    )
