"""The matching app (`uvicorn matching.main:app`)."""

import logging

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError

from jiuzhu_kit.app import create_app
from jiuzhu_kit.errors import Conflict
from jiuzhu_kit.metrics import count_by
from jiuzhu_kit.outbox import EventHandlers
from matching.catalog import service as catalog_service
from matching.catalog.router import parameters, policies
from matching.db import InboxEvent, OutboxEvent
from matching.decisions import events as decision_events
from matching.decisions.models import Decision
from matching.decisions.router import decisions, plans
from matching.settings import MatchingSettings, get_settings
from matching.simulations.router import UPLOAD_PATH
from matching.simulations.router import router as simulations

logger = logging.getLogger(__name__)
events = EventHandlers()
decision_events.register(events)


async def publish_shipped_catalog(app: FastAPI) -> None:
    """The catalog shipped with this release becomes a version if no version has its content yet."""
    async with app.state.sessions() as session:
        try:
            await catalog_service.ensure_shipped(session)
            await session.commit()
        except (Conflict, SQLAlchemyError) as exc:
            # Another replica published it at the same moment, or the database is not migrated yet:
            # the first decision publishes it then (catalog_service.current).
            await session.rollback()
            logger.warning("shipped catalog not published at startup: %s", exc)


def build_app(settings: MatchingSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_app(
        settings=settings,
        title="Jiuzhu matching",
        description="the policy catalog (政策一本通), dated regional parameters, decisions, plans (一户一策), simulations.",
        routers=[policies, parameters, decisions, plans, simulations],
        outbox_model=OutboxEvent,
        inbox_model=InboxEvent,
        event_handlers=events,
        peers=settings.peer_urls,
        metrics_refreshers=[
            count_by(
                "decisions",
                "Decisions by circle (1–3; None = no circle)",
                Decision.circle,
                label="circle",
            )
        ],
        on_startup=[publish_shipped_catalog],
        large_body_paths=[UPLOAD_PATH],
        non_json_paths=[UPLOAD_PATH],
    )


app = build_app()
