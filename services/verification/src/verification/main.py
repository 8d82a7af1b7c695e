"""The verification app (`uvicorn verification.main:app`)."""

from fastapi import FastAPI
from sqlalchemy import func

from jiuzhu_kit.app import create_app
from jiuzhu_kit.metrics import count_by, total_of
from verification.assessments.router import router as assessments_router
from verification.checks import handlers as _check_handlers  # noqa: F401  (registers)
from verification.checks.models import EconomicCheck
from verification.checks.router import router as checks_router
from verification.db import InboxEvent, OutboxEvent
from verification.feeds.models import FeedJob
from verification.feeds.router import router as feeds_router
from verification.feeds.runner import start_runner, stop_runner
from verification.households import handlers as _household_handlers  # noqa: F401  (registers)
from verification.main_events import events
from verification.monitoring import wiring as monitoring
from verification.records.router import router as records_router
from verification.settings import VerificationSettings, get_settings


def build_app(settings: VerificationSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_app(
        settings=settings,
        title="Jiuzhu verification",
        description="partner data exchange, economic-status checks (信息化核对), home-visit assessments, monitoring and warnings.",
        routers=[
            records_router,
            feeds_router,
            checks_router,
            assessments_router,
            *monitoring.routers,
        ],
        outbox_model=OutboxEvent,
        inbox_model=InboxEvent,
        event_handlers=events,
        peers=settings.peer_urls,
        on_startup=[start_runner, *monitoring.on_startup],
        on_shutdown=[stop_runner, *monitoring.on_shutdown],
        large_body_paths=("/v1/data-feeds",),
        non_json_paths=("/v1/data-feeds", *monitoring.non_json_paths),
        metrics_refreshers=[
            count_by(
                "checks",
                "Economic checks by conclusion",
                EconomicCheck.conclusion,
                label="conclusion",
            ),
            total_of("feed_rows_accepted", "Feed rows accepted", func.sum(FeedJob.rows_accepted)),
            total_of("feed_rows_rejected", "Feed rows rejected", func.sum(FeedJob.rows_rejected)),
            *monitoring.metrics_refreshers,
        ],
    )


app = build_app()
