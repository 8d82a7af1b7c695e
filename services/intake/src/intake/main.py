"""The intake app (`uvicorn intake.main:app`)."""

from fastapi import APIRouter, FastAPI
from starlette.middleware import Middleware

from intake import internal
from intake.applications.models import Application
from intake.applications.router import router as applications_router
from intake.conferences.router import router as conferences_router
from intake.db import InboxEvent, OutboxEvent
from intake.events import events
from intake.households.router import router as households_router
from intake.idempotency.middleware import IdempotencyMiddleware
from intake.parameters.router import router as parameters_router
from intake.settings import IntakeSettings, get_settings
from jiuzhu_kit.app import create_app
from jiuzhu_kit.metrics import count_by

__all__ = ["app", "build_app", "events"]


def build_app(settings: IntakeSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    # Fixed paths (/regional-parameters, /overdue) come before /v1/applications/{id}.
    routers: list[APIRouter] = [
        households_router,
        parameters_router,
        conferences_router,
        applications_router,
    ]
    if settings.environment == "test":
        routers.append(internal.router)
    app = create_app(
        settings=settings,
        title="Jiuzhu intake",
        description="Households as declared, applications and their workflow (申请受理).",
        routers=routers,
        outbox_model=OutboxEvent,
        inbox_model=InboxEvent,
        event_handlers=events,
        peers=settings.peer_urls,
        metrics_refreshers=[
            count_by(
                "applications", "Applications by workflow state", Application.state, label="state"
            ),
            count_by(
                "applications_by_kind", "Applications by kind", Application.kind, label="kind"
            ),
        ],
    )
    # Innermost, so the request id, body limit and content-type checks run first.
    app.user_middleware.append(Middleware(IdempotencyMiddleware))
    return app


app = build_app()
