"""The intake app (`uvicorn intake.main:app`)."""

from fastapi import FastAPI
from jiuzhu_kit.app import create_app
from jiuzhu_kit.outbox import EventHandlers

from intake.db import InboxEvent, OutboxEvent
from intake.households.router import router as households_router
from intake.settings import IntakeSettings, get_settings

events = EventHandlers()


def build_app(settings: IntakeSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_app(
        settings=settings,
        title="Jiuzhu intake",
        description="Households as declared, applications and their workflow (申请受理).",
        routers=[households_router],
        outbox_model=OutboxEvent,
        inbox_model=InboxEvent,
        event_handlers=events,
        peers=settings.peer_urls,
    )


app = build_app()
