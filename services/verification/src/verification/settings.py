"""Verification settings, read from `VERIFICATION_*` environment variables."""

from decimal import Decimal
from functools import cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from jiuzhu_kit.settings import ServiceSettings


class VerificationSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="VERIFICATION_", extra="ignore")

    service_name: str = "verification"
    database_url: str = "sqlite+aiosqlite:///./var/verification.db"
    intake_url: str = "http://127.0.0.1:8001"

    # Bulk feeds are spooled here before a job processes them (so a crashed job can rerun).
    feed_spool_dir: str = "./var/feeds"
    feed_batch_rows: int = 50_000
    # A process renews its feed jobs' heartbeat this often. A queued or running job nobody has
    # renewed for feed_takeover_after_s (three heartbeats missed) has lost its process: a replica
    # that can read its spooled upload (the restarted process on its own disk, or any replica on a
    # spool volume they share) claims it and reruns it. One nobody could take over is failed after
    # feed_orphan_after_s (its upload went with its process), saying to send the feed again.
    # Keep feed_takeover_after_s at two heartbeats or more: a live process renews its jobs only
    # once per feed_heartbeat_s, and a job claimed under it would run twice (nothing stored twice).
    feed_heartbeat_s: float = Field(default=30.0, gt=0)
    feed_takeover_after_s: float = Field(default=90.0, gt=0)
    feed_orphan_after_s: float = Field(default=600.0, gt=0)

    # Economic check: a declared figure differs from the verified one when the gap exceeds both.
    discrepancy_tolerance_ratio: Decimal = Decimal("0.10")
    discrepancy_tolerance_yuan: Decimal = Decimal("100.00")
    # Asset limits used when a check request does not carry the region's own (per counted member).
    default_financial_assets_limit_per_capita_yuan: Decimal = Decimal("26880.00")
    default_vehicles_limit: int = 0
    default_extra_housing_limit: int = 0

    def peer_urls(self) -> dict[str, str]:
        return {"intake": self.intake_url}


@cache
def get_settings() -> VerificationSettings:
    return VerificationSettings()
