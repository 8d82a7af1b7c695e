"""Forwards a request to the owning service and its answer back; a down or slow service is a problem.

The hop uses aiohttp: on this workload plain httpx spends most of its time in its connection-pool
lock (encode/httpx#3215), which made the gateway the bottleneck (see bench/gateway/). Small
answers are read whole and returned at once; large or unsized ones are streamed through.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import aiohttp
from fastapi import Request
from opentelemetry import propagate
from starlette.background import BackgroundTask
from starlette.responses import Response, StreamingResponse
from yarl import URL

from gateway.settings import GatewaySettings
from jiuzhu_kit.errors import BadGateway, UpstreamTimeout, UpstreamUnavailable
from jiuzhu_kit.logging import request_id_var

logger = logging.getLogger(__name__)

# Hop-by-hop headers (RFC 9110 §7.6.1) are never forwarded; the client sets the host. Content-Length
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
_DROP_REQUEST = HOP_BY_HOP | {"x-request-id", "x-forwarded-for"}
_HOP_BY_HOP_BYTES = frozenset(h.encode() for h in HOP_BY_HOP)
# Bodies up to this size are buffered (one read, one send); larger ones are streamed.
BUFFER_LIMIT = 256 * 1024
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def open_upstream(settings: GatewaySettings) -> aiohttp.ClientSession:
    """One pooled client for all forwarding, with the connect/read split that tells 503 from 504."""
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=512, keepalive_timeout=30, ttl_dns_cache=300),
        timeout=aiohttp.ClientTimeout(
            total=None,
            connect=settings.upstream_connect_timeout_s,
            sock_read=settings.upstream_timeout_s,
        ),
        # Bytes pass through as the service sent them (gzip stays gzip).
        auto_decompress=False,
        skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
        # One client forwards for every caller: cookies pass through as headers, never kept.
        cookie_jar=aiohttp.DummyCookieJar(),
    )


def _forward_headers(request: Request) -> list[tuple[str, str]]:
    # The gateway's own span becomes the parent of the service's: one trace across the hop.
    trace_context: dict[str, str] = {}
    propagate.inject(trace_context)
    headers = []
    prior = None
    for raw_name, raw_value in request.scope["headers"]:
        name, value = raw_name.decode("latin-1"), raw_value.decode("latin-1")
        if name == "x-forwarded-for":
            prior = value if prior is None else prior
        elif name not in _DROP_REQUEST and name not in trace_context:
            headers.append((name, value))
    headers.extend(trace_context.items())
    headers.append(("x-request-id", request_id_var.get() or ""))
    client = request.client.host if request.client else ""
    headers.append(("x-forwarded-for", f"{prior}, {client}" if prior else client))
    return headers


def _target(request: Request) -> str:
    """The path and query to ask the service for: Starlette's `request.url`, without parsing a URL."""
    scope = request.scope
    path = scope["path"].replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")
    query = scope.get("query_string", b"").decode().partition("#")[0]
    return f"{path}?{query}" if query else path


async def _body(request: Request) -> bytes | AsyncIterator[bytes] | None:
    if request.method not in _BODY_METHODS:
        return None
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) <= BUFFER_LIMIT:
        return await request.body()
    return request.stream()


async def forward(
    request: Request,
    *,
    service: str,
    base_url: str,
    upstream: aiohttp.ClientSession,
    path: str | None = None,
) -> Response:
    """Pass the request through unchanged and the answer back (status, headers, body)."""
    url = base_url.rstrip("/") + (path if path is not None else _target(request))
    try:
        answer = await upstream.request(
            request.method,
            URL(url, encoded=True),
            headers=_forward_headers(request),
            data=await _body(request),
            allow_redirects=False,
        )
    except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
        raise UpstreamUnavailable(
            f"The {service} service is unavailable; try again shortly", service=service
        ) from exc
    except TimeoutError as exc:
        raise UpstreamTimeout(
            f"The {service} service did not answer in time", service=service
        ) from exc
    except aiohttp.ClientError as exc:
        logger.warning("upstream %s failed: %s", service, exc)
        raise BadGateway(f"The {service} service failed to answer", service=service) from exc
    headers = [(k, v) for k, v in answer.raw_headers if k.lower() not in _HOP_BY_HOP_BYTES]
    size = answer.content_length
    if size is not None and size <= BUFFER_LIMIT:
        try:
            body = await answer.read()
        except TimeoutError as exc:
            raise UpstreamTimeout(
                f"The {service} service did not finish its answer in time", service=service
            ) from exc
        except aiohttp.ClientError as exc:
            raise BadGateway(
                f"The {service} service broke off its answer", service=service
            ) from exc
        finally:
            answer.release()
        response = Response(status_code=answer.status)
        response.body = body
        response.raw_headers = headers
        return response
    streamed = StreamingResponse(
        answer.content.iter_chunked(64 * 1024),
        status_code=answer.status,
        background=BackgroundTask(answer.release),
    )
    streamed.raw_headers = headers
    return streamed
