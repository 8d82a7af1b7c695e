"""The charity app (`uvicorn charity.main:app`)."""

from fastapi import FastAPI

import charity.models  # noqa: F401  (every table registered before the app touches the database)
from charity import demo, sweeper
from charity.db import InboxEvent, OutboxEvent
from charity.events import events
from charity.households.router import router as households_router
from charity.hsds.router import router as hsds_router
from charity.lovelist.orders_router import deliveries_router, orders_router
from charity.lovelist.router import router as love_list_router
from charity.organizations.router import router as organizations_router
from charity.records.router import router as records_router
from charity.referrals.models import Referral
from charity.referrals.router import router as referrals_router
from charity.resources.router import router as resources_router
from charity.settings import CharitySettings, get_settings
from jiuzhu_kit.app import create_app
from jiuzhu_kit.metrics import count_by


def build_app(settings: CharitySettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_app(
        settings=settings,
        title="Jiuzhu charity",
        description="Charity service (救助+): organizations, resources, closed-loop referrals, love list, deliveries, HSDS export.",
        routers=[
            organizations_router,
            resources_router,
            # Before the referrals router, whose /{referral_id} would otherwise claim /households.
            households_router,
            referrals_router,
            love_list_router,
            orders_router,
            deliveries_router,
            records_router,
            hsds_router,
        ],
        outbox_model=OutboxEvent,
        inbox_model=InboxEvent,
        event_handlers=events,
        peers=settings.peer_urls,
        metrics_refreshers=[
            count_by("referrals", "Referrals by state", Referral.status, label="state")
        ],
        on_startup=[demo.seed_on_startup, sweeper.start],
        on_shutdown=[sweeper.stop],
    )


app = build_app()
