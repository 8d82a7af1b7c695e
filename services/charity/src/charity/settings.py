"""Charity settings, read from `CHARITY_*` environment variables."""

from functools import cache

from jiuzhu_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class CharitySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CHARITY_", extra="ignore")

    service_name: str = "charity"
    database_url: str = "sqlite+aiosqlite:///./var/charity.db"
    intake_url: str = "http://127.0.0.1:8001"

    def peer_urls(self) -> dict[str, str]:
        return {"intake": self.intake_url}


@cache
def get_settings() -> CharitySettings:
    return CharitySettings()
