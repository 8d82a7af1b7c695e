"""The verification app (`uvicorn verification.main:app`)."""

from fastapi import FastAPI
from jiuzhu_kit.app import create_app

from verification.db import InboxEvent, OutboxEvent
from verification.households import handlers as _household_handlers  # noqa: F401  (registers)
from verification.main_events import events
from verification.settings import VerificationSettings, get_settings


def build_app(settings: VerificationSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_app(
        settings=settings,
        title="Jiuzhu verification",
        description="partner data exchange, economic-status checks (信息化核对), home-visit assessments, monitoring and warnings.",
        routers=[],
        outbox_model=OutboxEvent,
        inbox_model=InboxEvent,
        event_handlers=events,
        peers=settings.peer_urls,
    )


app = build_app()
