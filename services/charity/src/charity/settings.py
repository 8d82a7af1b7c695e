"""Charity settings, read from `CHARITY_*` environment variables."""

from functools import cache
from typing import Literal

from pydantic_settings import SettingsConfigDict

from jiuzhu_kit.settings import ServiceSettings


class CharitySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CHARITY_", extra="ignore")

    service_name: str = "charity"
    database_url: str = "sqlite+aiosqlite:///./var/charity.db"
    intake_url: str = "http://127.0.0.1:8001"

    # Referrals: how long a charity has to answer a sent referral before it expires (and its hold
    # is released), and how often the background sweeper looks for overdue ones (0 = never).
    referral_response_hours: int = 72
    referral_sweep_interval_s: float = 60.0
    # The per-household guard: one benefit of a kind from one organization per period.
    same_kind_guard_enabled: bool = True
    same_kind_guard_period: Literal["week", "month", "year"] = "month"
    # The demo directory (DOMAIN.md's organizations and projects) is loaded in development only.
    seed_demo: bool = True

    def peer_urls(self) -> dict[str, str]:
        return {"intake": self.intake_url}


@cache
def get_settings() -> CharitySettings:
    return CharitySettings()
