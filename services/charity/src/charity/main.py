"""The charity app (`uvicorn charity.main:app`)."""

from fastapi import FastAPI
from jiuzhu_kit.app import create_app
from jiuzhu_kit.outbox import EventHandlers

from charity.db import InboxEvent, OutboxEvent
from charity.settings import CharitySettings, get_settings

events = EventHandlers()


def build_app(settings: CharitySettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_app(
        settings=settings,
        title="Jiuzhu charity",
        description="Charity service (救助+): organizations, resources, closed-loop referrals, love list, deliveries, HSDS export.",
        routers=[],
        outbox_model=OutboxEvent,
        inbox_model=InboxEvent,
        event_handlers=events,
        peers=settings.peer_urls,
    )


app = build_app()
