"""Outbox and inbox: an event survives a peer being down, is retried with backoff, and applied once."""

from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, select

from jiuzhu_kit.db import utcnow
from jiuzhu_kit.outbox import OutboxRelay, backoff_s, enqueue, retry_now
from jiuzhu_kit.settings import ServiceSettings
from jiuzhu_kit.testing import app_client, bearer, fresh_database
from tests.conftest import Outbox, Seen, build


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
