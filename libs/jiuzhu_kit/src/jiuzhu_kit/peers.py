"""Typed HTTP client base for calling peer services: timeouts, idempotent-only retries, request id forwarded."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
from opentelemetry import propagate

from jiuzhu_kit.auth import DEV_KID, dev_private_pem, mint_token
from jiuzhu_kit.errors import BadGateway, DomainError, UpstreamTimeout, UpstreamUnavailable
from jiuzhu_kit.logging import request_id_var
from jiuzhu_kit.settings import ServiceSettings

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class ServiceIdentity:
    """Mints and caches this service's own short-lived token for calls to its peers."""

    def __init__(self, settings: ServiceSettings, ttl_s: int = 300) -> None:
        self.settings, self.ttl_s = settings, ttl_s
        if settings.service_signing_key:
            self._pem = settings.service_signing_key
            # The kid names this service in the trusted JWKS every peer is configured with.
            self._kid = settings.service_key_id or settings.service_name
        else:
            self._pem, self._kid = dev_private_pem(), DEV_KID
        self._token, self._expires = "", 0.0

    def token(self) -> str:
        now = time.time()
        if now > self._expires - 60:
            self._token = mint_token(
                subject=f"service:{self.settings.service_name}",
                roles=["service"],
                private_pem=self._pem,
                kid=self._kid,
                issuer=self.settings.jwt_issuer,
                audience=self.settings.jwt_audience,
                ttl_s=self.ttl_s,
                kind="service",
                now=now,
            )
            self._expires = now + self.ttl_s
        return self._token


class PeerError(DomainError):
    """A peer answered with a 4xx problem; its body is kept so callers can pass it on."""

    def __init__(self, status: int, body: Any) -> None:
        detail = body.get("detail") if isinstance(body, dict) else str(body)
        super().__init__(str(detail or f"peer answered {status}"))
        self.status = status
        self.body = body


class PeerClient:
    """Base of every `clients/<peer>.py`: subclasses add typed methods on top of `request`."""

    peer_name = "peer"

    def __init__(
        self,
        *,
        base_url: str,
        http: httpx.AsyncClient,
        identity: ServiceIdentity | None = None,
        timeout_s: float = 5.0,
        retries: int = 2,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http, self.identity = http, identity
        self.timeout_s, self.retries = timeout_s, retries

    def _headers(self, extra: dict[str, str] | None) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        rid = request_id_var.get()
        if rid:
            headers["X-Request-ID"] = rid
        if self.identity is not None:
            headers["Authorization"] = f"Bearer {self.identity.token()}"
        headers.update(extra or {})
        propagate.inject(headers)  # the peer's spans join the caller's trace
        return headers

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send one call; retry on connection errors and 502–504 only when repeating is safe."""
        method = method.upper()
        all_headers = self._headers(headers)
        retryable = method in IDEMPOTENT_METHODS or "Idempotency-Key" in all_headers
        attempts = 1 + (self.retries if retryable else 0)
        url = f"{self.base_url}{path}"
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = await self.http.request(
                    method,
                    url,
                    json=json,
                    params=params,
                    headers=all_headers,
                    timeout=self.timeout_s,
                )
            except httpx.TimeoutException as exc:
                if last:
                    raise UpstreamTimeout(f"{self.peer_name} did not answer in time") from exc
            except httpx.TransportError as exc:
                if last:
                    raise UpstreamUnavailable(f"{self.peer_name} is unreachable: {exc}") from exc
            else:
                if response.status_code in (502, 503, 504) and not last:
                    pass
                else:
                    return response
            await asyncio.sleep(min(0.1 * 2**attempt, 1.0))
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    async def call_json(self, method: str, path: str, **kwargs: Any) -> Any:
        """Like `request`, but returns the JSON body and turns a peer's failure into an error."""
        response = await self.request(method, path, **kwargs)
        try:
            body = response.json() if response.content else None
        except ValueError:
            body = response.text
        if response.status_code >= 500:
            raise BadGateway(f"{self.peer_name} failed with {response.status_code}")
        if response.status_code >= 400:
            raise PeerError(response.status_code, body)
        return body
