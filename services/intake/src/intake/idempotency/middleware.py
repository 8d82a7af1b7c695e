"""Replays the first answer to a POST repeated with the same Idempotency-Key by the same caller.

Same key and body → the stored response (with `Idempotent-Replayed: true`); same key with another
body → 422; a first request still running → 409. The key is reserved before the request runs and
the response stored after it, so a retry racing the original never applies twice. Keys are kept
for `idempotency_ttl_hours` (≥ 24 h); a first request still unanswered after
`idempotency_lease_seconds` is taken as lost, and a retry runs again.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intake.clock import now
from intake.db import CONNECTION_LOST
from intake.idempotency import repository
from jiuzhu_kit.errors import DomainError, database_lost, problem_response

logger = logging.getLogger(__name__)
HEADER = b"idempotency-key"
PURGE_EVERY = 500


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


@dataclass(frozen=True)
class Earlier:
    """An earlier request with the same key: its fingerprint, and its answer once it has one."""

    request_hash: str
    status_code: int | None = None
    content_type: str | None = None
    response_body: str | None = None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Earlier:
        if not row["done"]:
            return cls(row["request_hash"])
        return cls(
            row["request_hash"], row["status_code"], row["content_type"], row["response_body"]
        )


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._seen = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = _header(scope, HEADER) if scope["type"] == "http" else None
        if key is None or scope["method"] != "POST" or scope["path"].startswith("/internal/"):
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if not 1 <= len(key) <= 200:
            await self._problem(
                scope, receive, send, 400, "The Idempotency-Key must be 1–200 characters"
            )
            return
        caller = self._caller(scope)
        if caller is None:  # no valid token: the route itself answers 401
            await self.app(scope, receive, send)
            return
        try:
            body = await _read_body(receive)
        except StarletteHTTPException as exc:
            await self._problem(scope, receive, send, exc.status_code, str(exc.detail))
            return
        fingerprint = hashlib.sha256(
            scope["method"].encode() + path.encode() + b"\n" + body
        ).hexdigest()
        app = scope["app"]
        settings = app.state.settings
        ttl = timedelta(hours=settings.idempotency_ttl_hours)
        lease = timedelta(seconds=settings.idempotency_lease_seconds)
        record = {
            "id": uuid.uuid4(),
            "caller": caller,
            "key": key,
            "request_hash": fingerprint,
            "done": False,
            "created_at": now(),
        }
        engine: AsyncEngine = app.state.engine
        try:
            existing = await self._reserve(engine, record, ttl, lease)
        except CONNECTION_LOST:  # nothing was done yet: the caller retries with the same key
            await database_lost(scope["method"], path)(scope, receive, send)
            return
        if existing is not None:
            await self._answer_repeat(scope, receive, send, existing, fingerprint)
            return
        # The answer is held back until it is stored: a retry arriving the moment the client
        # sees it must find it, not a request "in progress".
        captured: dict[str, Any] = {"status": 500, "type": None, "body": []}
        held: list[Message] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                for k, v in message.get("headers", []):
                    if k == b"content-type":
                        captured["type"] = v.decode("latin-1")
            elif message["type"] == "http.response.body":
                captured["body"].append(message.get("body", b""))
            held.append(message)

        sent = False

        async def replay_receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        try:
            await self.app(scope, replay_receive, capture)
        finally:
            await self._settle_surely(engine, record["id"], captured)
        for message in held:
            await send(message)

    async def _reserve(
        self, engine: AsyncEngine, record: dict[str, Any], ttl: timedelta, lease: timedelta
    ) -> Earlier | None:
        """Reserve the key (one insert in the common case); the live earlier record if it exists.

        An earlier record is free to take again once expired, or once it has waited for its
        answer longer than the lease: that request was lost (its process died, or its answer
        could not be stored). Running the retry is then the way forward; should the lost request
        have done its work, the domain's own guards answer the repeat (one open application per
        person and kind, one household per person, the workflow's states: 409s naming what is).
        """
        async with repository.connect(engine) as records:
            self._seen += 1
            if self._seen % PURGE_EVERY == 0:
                await records.purge_before(now() - ttl)
            for _ in range(2):
                try:
                    await records.reserve(record)
                    return None
                except repository.KeyTaken:
                    pass
                existing = await records.find(record["caller"], record["key"])
                if existing is None:  # vanished meanwhile (its request failed): in progress
                    return Earlier(record["request_hash"])
                created = existing["created_at"]
                if created >= now() - ttl and (existing["done"] or created >= now() - lease):
                    return Earlier.of(existing)
                if not existing["done"]:
                    logger.warning(
                        "idempotency key of %s: no answer after %s, taken as lost; running the"
                        " retry",
                        existing["caller"],
                        now() - created,
                    )
                await records.forget(existing["id"])  # the key is free again
            return Earlier(record["request_hash"])

    async def _settle_surely(
        self, engine: AsyncEngine, record_id: uuid.UUID, captured: dict[str, Any]
    ) -> None:
        """Store the answer (or forget a failure); a lost connection is retried once on a fresh
        one. Should that fail too, the answer is still sent (what the request did is real) and
        the key reads as in progress until it expires."""
        for attempt in (1, 2):
            try:
                await self._settle(engine, record_id, captured)
                return
            except CONNECTION_LOST:
                if attempt == 2:
                    logger.warning("idempotency record %s left unsettled: database lost", record_id)

    @staticmethod
    async def _settle(engine: AsyncEngine, record_id: uuid.UUID, captured: dict[str, Any]) -> None:
        async with repository.connect(engine) as records:
            if captured["status"] >= 500:
                # A failure is not an answer: the caller may retry with the same key.
                await records.forget(record_id)
            else:
                await records.store_answer(
                    record_id,
                    status_code=captured["status"],
                    content_type=captured["type"],
                    body=b"".join(captured["body"]).decode("utf-8", "replace"),
                )

    async def _answer_repeat(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        record: Earlier,
        fingerprint: str,
    ) -> None:
        if record.request_hash != fingerprint:
            response = problem_response(
                status=422,
                detail="This Idempotency-Key was used with a different request; use a new key",
                instance=scope["path"],
                type_slug="idempotency-key-reused",
                errors=[
                    {
                        "field": "Idempotency-Key",
                        "in": "header",
                        "message": "reused with another body",
                    }
                ],
            )
            await response(scope, receive, send)
            return
        if record.status_code is None:
            await self._problem(
                scope, receive, send, 409, "A request with this Idempotency-Key is in progress"
            )
            return
        body = (record.response_body or "").encode()
        await send(
            {
                "type": "http.response.start",
                "status": record.status_code,
                "headers": [
                    (b"content-type", (record.content_type or "application/json").encode()),
                    (b"content-length", str(len(body)).encode()),
                    (b"idempotent-replayed", b"true"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _caller(scope: Scope) -> str | None:
        authorization = _header(scope, b"authorization") or ""
        if not authorization.lower().startswith("bearer "):
            return None
        try:
            principal = scope["app"].state.verifier.verify(authorization[7:].strip())
        except DomainError:
            return None
        return str(principal.subject)[:120]

    @staticmethod
    async def _problem(
        scope: Scope, receive: Receive, send: Send, status: int, detail: str
    ) -> None:
        response = problem_response(status=status, detail=detail, instance=scope["path"])
        await response(scope, receive, send)


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)
