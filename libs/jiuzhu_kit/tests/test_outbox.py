"""Outbox and inbox: an event survives a peer being down, is retried with backoff, and applied once."""

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import func, select
from starlette.types import Receive, Scope, Send

from jiuzhu_kit.db import utcnow
from jiuzhu_kit.outbox import enqueue, retry_now
from jiuzhu_kit.relay import OutboxRelay, backoff_s
from jiuzhu_kit.settings import ServiceSettings
from jiuzhu_kit.testing import app_client, bearer, fresh_database
from tests.conftest import Inbox, Outbox, Seen, build


def test_backoff_grows_exponentially_and_is_capped() -> None:
    delays = [backoff_s(n, base_s=1.0, max_s=60.0) for n in range(1, 10)]
    assert 0.8 <= delays[0] <= 1.2 and 3.2 <= delays[2] <= 4.8
    assert all(d <= 72.0 for d in delays) and delays[-1] >= 48.0


async def test_an_event_waits_for_a_down_peer_and_is_applied_once(tmp_path: Path) -> None:
    async with (
        fresh_database("sender", tmp_path) as sender_url,
        fresh_database("receiver", tmp_path) as receiver_url,
    ):
        sender_app = build(
            ServiceSettings(database_url=sender_url, environment="test", outbox_relay_enabled=False)
        )
        receiver_app = build(
            ServiceSettings(
                database_url=receiver_url, environment="test", outbox_relay_enabled=False
            )
        )
        async with app_client(sender_app) as sender, app_client(receiver_app) as receiver:
            assert (
                await sender.post("/notes", json={"text": "hello", "count": 1})
            ).status_code == 201
            sessions = sender_app.state.sessions

            async with httpx.AsyncClient() as real_http:
                down = OutboxRelay(
                    sessions=sessions,
                    outbox_model=Outbox,
                    http=real_http,
                    identity=sender_app.state.identity,
                    peers=lambda: {"peer": "http://127.0.0.1:1"},
                    source="sender",
                    timeout_s=2,
                )
                assert await down.run_once() == 0
            async with sessions() as session:
                row = (await session.execute(select(Outbox))).scalar_one()
                assert row.delivered_at is None and row.attempts == 1 and row.last_error
                assert row.next_attempt_at > utcnow() + timedelta(milliseconds=300)
                # Not due yet: a second pass does not hammer the peer.
            async with httpx.AsyncClient() as real_http:
                down.http = real_http
                assert await down.run_once() == 0
            async with sessions() as session:
                assert (await session.execute(select(Outbox))).scalar_one().attempts == 1
                await retry_now(session, Outbox)
                await session.commit()

            to_receiver = httpx.AsyncClient(
                transport=httpx.ASGITransport(app=receiver_app), base_url="http://receiver"
            )
            async with to_receiver:
                up = OutboxRelay(
                    sessions=sessions,
                    outbox_model=Outbox,
                    http=to_receiver,
                    identity=sender_app.state.identity,
                    peers=lambda: {"peer": "http://receiver"},
                    source="sender",
                )
                assert await up.run_once() == 1
                assert await up.run_once() == 0  # acknowledged events are not resent
            async with sessions() as session:
                row = (await session.execute(select(Outbox))).scalar_one()
                assert row.delivered_at is not None
            event_id = str(row.id)
            applied = await receiver.get(f"/internal/inbox/{event_id}", headers=bearer("admin"))
            assert applied.status_code == 200 and applied.json()["source"] == "sender"

            # The same event again (a lost acknowledgement makes relays resend): acknowledged, not applied.
            envelope = {
                "id": event_id,
                "topic": "note.copied",
                "source": "sender",
                "occurred_at": utcnow().isoformat(),
                "payload": {"text": "hello"},
            }
            again = await receiver.post(
                "/internal/events", json=envelope, headers=bearer("service", kind="service")
            )
            assert again.json() == {"id": event_id, "applied": False, "duplicate": True}
            async with receiver_app.state.sessions() as session:
                seen = await session.execute(select(func.count()).select_from(Seen))
                assert seen.scalar_one() == 1


async def test_concurrent_deliveries_of_one_event_apply_it_once(tmp_path: Path) -> None:
    """Relays of two replicas (or a retry racing a slow acknowledgement) post the same event at
    once: every delivery is acknowledged, exactly one applies it."""
    async with fresh_database("receiver", tmp_path) as url:
        app = build(
            ServiceSettings(database_url=url, environment="test", outbox_relay_enabled=False)
        )
        async with app_client(app) as receiver:
            envelope = {
                "id": str(uuid.uuid4()),
                "topic": "note.copied",
                "source": "sender",
                "occurred_at": utcnow().isoformat(),
                "payload": {"text": "once"},
            }
            headers = bearer("service", kind="service")
            answers = await asyncio.gather(
                *(
                    receiver.post("/internal/events", json=envelope, headers=headers)
                    for _ in range(8)
                )
            )
            assert [a.status_code for a in answers] == [200] * 8
            assert sum(a.json()["applied"] for a in answers) == 1
            assert sum(a.json()["duplicate"] for a in answers) == 7
            async with app.state.sessions() as session:
                seen = await session.execute(select(func.count()).select_from(Seen))
                assert seen.scalar_one() == 1


async def test_only_services_may_post_events(client: httpx.AsyncClient) -> None:
    envelope = {
        "id": "6f1c2d7e-1111-4a2b-9c3d-000000000001",
        "topic": "note.copied",
        "source": "x",
        "occurred_at": utcnow().isoformat(),
        "payload": {},
    }
    response = await client.post("/internal/events", json=envelope, headers=bearer("caseworker"))
    assert response.status_code == 403


async def test_an_unknown_topic_is_refused(client: httpx.AsyncClient) -> None:
    envelope = {
        "id": "6f1c2d7e-1111-4a2b-9c3d-000000000002",
        "topic": "nobody.handles",
        "source": "x",
        "occurred_at": utcnow().isoformat(),
        "payload": {},
    }
    response = await client.post(
        "/internal/events", json=envelope, headers=bearer("service", kind="service")
    )
    assert response.status_code == 400 and "nobody.handles" in response.json()["detail"]


async def test_an_event_the_peer_refuses_for_good_is_dead_lettered_not_retried(
    tmp_path: Path,
) -> None:
    async with (
        fresh_database("sender2", tmp_path) as sender_url,
        fresh_database("receiver2", tmp_path) as receiver_url,
    ):
        settings = {"environment": "test", "outbox_relay_enabled": False}
        sender_app = build(ServiceSettings(database_url=sender_url, **settings))  # type: ignore[arg-type]
        receiver_app = build(ServiceSettings(database_url=receiver_url, **settings))  # type: ignore[arg-type]
        async with app_client(sender_app) as sender, app_client(receiver_app):
            async with sender_app.state.sessions() as session:
                # A topic the receiver has no handler for: it answers 400, which retrying cannot fix.
                enqueue(session, Outbox, destination="peer", topic="nobody.handles", payload={})
                await session.commit()
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=receiver_app), base_url="http://receiver"
            ) as to_receiver:
                relay = OutboxRelay(
                    sessions=sender_app.state.sessions,
                    outbox_model=Outbox,
                    http=to_receiver,
                    identity=sender_app.state.identity,
                    peers=lambda: {"peer": "http://receiver"},
                    source="sender",
                )
                assert await relay.run_once() == 0
                status = (await sender.get("/internal/outbox", headers=bearer("admin"))).json()
                assert status["pending"] == []
                [dead] = status["dead_letters"]
                assert dead["topic"] == "nobody.handles" and "HTTP 400" in dead["last_error"]
                async with sender_app.state.sessions() as session:
                    await retry_now(session, Outbox)  # without include_failed: stays dead
                    await session.commit()
                assert await relay.run_once() == 0
                assert (await sender.get("/internal/outbox", headers=bearer("admin"))).json()[
                    "dead_letters"
                ]
                metrics = (await sender.get("/metrics")).text
                assert "jiuzhu_outbox_dead_letters 1.0" in metrics
                requeue = await sender.post(
                    "/internal/outbox/retry?include_failed=true", headers=bearer("admin")
                )
                assert requeue.status_code == 200
                status = (await sender.get("/internal/outbox", headers=bearer("admin"))).json()
                assert len(status["pending"]) == 1 and status["dead_letters"] == []


@contextlib.asynccontextmanager
async def sender_and_peer(
    tmp_path: Path, name: str, max_body_bytes: int | None = None
) -> AsyncIterator[tuple[FastAPI, FastAPI]]:
    """Two apps of the kit's test service, each on a database of its own, relays off (the tests
    drive them); `max_body_bytes` for the peer."""
    async with (
        fresh_database(name, tmp_path) as url,
        fresh_database(f"{name}-peer", tmp_path) as peer_url,
    ):
        app = build(
            ServiceSettings(database_url=url, environment="test", outbox_relay_enabled=False)
        )
        limit = {"max_body_bytes": max_body_bytes} if max_body_bytes else {}
        peer = build(
            ServiceSettings(
                database_url=peer_url, environment="test", outbox_relay_enabled=False, **limit
            )
        )
        async with app_client(app), app_client(peer):
            yield app, peer


async def test_a_batch_goes_in_one_request_per_destination_applied_in_order(
    tmp_path: Path,
) -> None:
    async with sender_and_peer(tmp_path, "batch") as (app, peer):
        sessions = app.state.sessions
        async with sessions() as session:
            order = []
            for n in range(6):
                row = enqueue(
                    session, Outbox, destination="up", topic="note.copied", payload={"n": n}
                )
                order.append(row.id)
                await session.flush()  # distinct created_at order
            for _ in range(3):
                enqueue(session, Outbox, destination="down", topic="note.copied", payload={})
            await session.commit()
        requests: list[str] = []

        async def log(request: httpx.Request) -> None:
            requests.append(f"{request.url.host} {request.url.path}")

        mounts = {"http://up": httpx.ASGITransport(app=peer)}
        async with httpx.AsyncClient(mounts=mounts, event_hooks={"request": [log]}) as http:
            relay = OutboxRelay(
                sessions=sessions,
                outbox_model=Outbox,
                http=http,
                identity=app.state.identity,
                # Nothing listens on port 1: the "down" peer really refuses the connection.
                peers=lambda: {"up": "http://up", "down": "http://127.0.0.1:1"},
                source="sender",
            )
            assert await relay.run_once() == 6
            assert await relay.run_once() == 0  # nothing resent; the failures wait for backoff
        assert sorted(requests) == [
            "127.0.0.1 /internal/events/batch",
            "up /internal/events/batch",
        ]
        async with sessions() as session:
            rows = list((await session.execute(select(Outbox))).scalars())
        up = [r for r in rows if r.destination == "up"]
        down = [r for r in rows if r.destination == "down"]
        assert all(r.delivered_at is not None and r.attempts == 0 for r in up)
        assert all(r.delivered_at is None and r.attempts == 1 for r in down)
        assert all(r.failed_at is None and "ConnectError" in r.last_error for r in down)
        async with peer.state.sessions() as session:
            inbox = await session.execute(select(Inbox.id).order_by(Inbox.received_at))
            assert list(inbox.scalars()) == order  # applied in the order written


def envelope(topic: str, n: int, ident: str | None = None) -> dict[str, object]:
    return {
        "id": ident or str(uuid.uuid4()),
        "topic": topic,
        "source": "sender",
        "occurred_at": utcnow().isoformat(),
        "payload": {"n": n},
    }


async def post_batch(client: httpx.AsyncClient, events: list[dict[str, object]]) -> list[Any]:
    """The per-event answers of `/internal/events/batch`, posted as a service."""
    answer = await client.post(
        "/internal/events/batch", json={"events": events}, headers=bearer("service", kind="service")
    )
    assert answer.status_code == 200, answer.text
    results: list[Any] = answer.json()["results"]
    return results


async def test_a_batch_answers_each_event_and_keeps_the_others(tmp_path: Path) -> None:
    """Applied, duplicate, refused by its handler, unknown topic, malformed: each answered as a
    single post would be, one refused event does not undo the others, and each is handled in the
    trace of the change that raised it."""
    async with fresh_database("batch-answers", tmp_path) as url:
        app = build(
            ServiceSettings(database_url=url, environment="test", outbox_relay_enabled=False)
        )
        async with app_client(app) as client:
            first = envelope("note.copied", 1)
            traced = envelope("note.traced", 5)
            trace_id = uuid.uuid4().hex
            traced["trace"] = {"traceparent": f"00-{trace_id}-{uuid.uuid4().hex[:16]}-00"}
            events = [
                first,
                envelope("note.refused", 2),
                dict(first),
                envelope("note.unknown", 3),
                {"id": "not-a-uuid", "topic": "note.copied"},
                envelope("note.copied", 4),
                traced,
            ]
            results = await post_batch(client, events)
            assert [r["status"] for r in results] == [200, 409, 200, 400, 422, 200, 200]
            assert [r.get("applied") for r in results] == [
                True,
                None,
                False,
                None,
                None,
                True,
                True,
            ]
            assert "conflicts with an earlier one" in results[1]["detail"]
            assert "note.unknown" in results[3]["detail"] and "id" in results[4]["detail"]
            applied = await client.get(
                f"/internal/inbox/{events[1]['id']}", headers=bearer("admin")
            )
            assert applied.status_code == 404  # the refused event left nothing behind
            assert (
                await client.post("/internal/events/batch", json={"events": events})
            ).status_code == 401
            async with app.state.sessions() as session:
                seen = await session.get(Seen, uuid.UUID(str(traced["id"])))
                assert seen is not None and seen.event_id.hex == trace_id


@pytest.mark.parametrize(
    ("case", "events"),
    [
        ("a peer of an earlier version, without the batch endpoint", 3),
        ("a batch over the peer's body limit (2 KiB in the test app)", 20),
    ],
)
async def test_events_go_one_by_one_when_the_peer_cannot_take_the_batch(
    tmp_path: Path, case: str, events: int
) -> None:
    async with sender_and_peer(
        tmp_path, "one", max_body_bytes=2048 if "body limit" in case else None
    ) as (app, peer):
        old_peer = "earlier version" in case

        async def peer_app(scope: Scope, receive: Receive, send: Send) -> None:
            if old_peer and scope.get("path") == "/internal/events/batch":
                await JSONResponse({"detail": "Not Found"}, status_code=404)(scope, receive, send)
                return
            await peer(scope, receive, send)

        async with app.state.sessions() as session:
            for n in range(events):
                payload = {"n": n, "text": "救助" * 20}
                enqueue(session, Outbox, destination="up", topic="note.copied", payload=payload)
                await session.flush()
            await session.commit()
        requests: list[str] = []

        async def log(request: httpx.Request) -> None:
            requests.append(request.url.path)

        transport = httpx.ASGITransport(app=peer_app)
        async with httpx.AsyncClient(transport=transport, event_hooks={"request": [log]}) as http:
            relay = OutboxRelay(
                sessions=app.state.sessions,
                outbox_model=Outbox,
                http=http,
                identity=app.state.identity,
                peers=lambda: {"up": "http://up"},
                source="sender",
            )
            assert await relay.run_once() == events
        assert requests == ["/internal/events/batch"] + ["/internal/events"] * events
        async with peer.state.sessions() as session:
            seen = await session.execute(select(func.count()).select_from(Seen))
            assert seen.scalar_one() == events


async def test_wake_ups_of_concurrent_commits_share_one_pass(tmp_path: Path) -> None:
    async with sender_and_peer(tmp_path, "debounce") as (app, peer):
        relay = OutboxRelay(
            sessions=app.state.sessions,
            outbox_model=Outbox,
            http=httpx.AsyncClient(transport=httpx.ASGITransport(app=peer)),
            identity=app.state.identity,
            peers=lambda: {"peer": "http://peer"},
            source="sender",
            poll_interval_s=30,
            debounce_s=0.05,
        )
        passes = 0
        run_once = relay.run_once

        async def counted() -> int:
            nonlocal passes
            passes += 1
            return await run_once()

        relay.run_once = counted  # type: ignore[method-assign]
        task = asyncio.create_task(relay.run_forever())
        await asyncio.sleep(0.05)
        first = passes
        for n in range(10):
            async with app.state.sessions() as session:
                enqueue(session, Outbox, destination="peer", topic="note.copied", payload={"n": n})
                await session.commit()
            relay.wake()
            await asyncio.sleep(0.002)
        await asyncio.sleep(0.3)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await relay.http.aclose()
        assert passes - first <= 3  # not ten
        async with app.state.sessions() as session:
            rows = list((await session.execute(select(Outbox))).scalars())
        assert len(rows) == 10 and all(r.delivered_at is not None for r in rows)


async def test_a_batch_that_cannot_commit_is_applied_event_by_event(tmp_path: Path) -> None:
    """One event whose effect is refused only at commit (a deferred key) fails alone; the others
    of its batch are applied and acknowledged, not retried for ever with it."""
    async with fresh_database("batch-commit", tmp_path) as url:
        app = build(
            ServiceSettings(database_url=url, environment="test", outbox_relay_enabled=False)
        )
        async with app_client(app) as client:
            topics = ("note.copied", "note.dangling", "note.refused", "note.copied")
            events = [envelope(topic, n) for n, topic in enumerate(topics)]
            results = await post_batch(client, events)
            assert [r["status"] for r in results] == [200, 500, 409, 200]
            assert results[3]["applied"] is True
            # On PostgreSQL the first event is applied again, alone, after the failed commit. On
            # SQLite (pysqlite opens no transaction before a savepoint) its savepoint's release
            # had committed it already, so it is answered as a duplicate: applied once either way.
            assert results[0]["applied"] is (not url.startswith("sqlite"))
            async with app.state.sessions() as session:
                inbox = set((await session.execute(select(Inbox.id))).scalars())
                seen = set((await session.execute(select(Seen.event_id))).scalars())
            applied = {uuid.UUID(events[0]["id"]), uuid.UUID(events[3]["id"])}
            assert inbox == applied and seen == applied  # the failed one left nothing behind
            again = await post_batch(client, events[:2])
            assert [r["status"] for r in again] == [200, 500]
            assert again[0]["duplicate"] is True  # retried: applied once only
