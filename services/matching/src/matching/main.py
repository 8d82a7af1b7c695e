"""The matching app (`uvicorn matching.main:app`)."""

from fastapi import FastAPI
from jiuzhu_kit.app import create_app
from jiuzhu_kit.outbox import EventHandlers

from matching.db import InboxEvent, OutboxEvent
from matching.settings import MatchingSettings, get_settings

events = EventHandlers()


def build_app(settings: MatchingSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_app(
        settings=settings,
        title="Jiuzhu matching",
        description="the policy catalog (政策一本通), dated regional parameters, decisions, plans (一户一策), simulations.",
        routers=[],
        outbox_model=OutboxEvent,
        inbox_model=InboxEvent,
        event_handlers=events,
        peers=settings.peer_urls,
    )


app = build_app()
