"""Matching settings, read from `MATCHING_*` environment variables."""

from functools import cache

from pydantic_settings import SettingsConfigDict

from jiuzhu_kit.settings import ServiceSettings


class MatchingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHING_", extra="ignore")

    service_name: str = "matching"
    database_url: str = "sqlite+aiosqlite:///./var/matching.db"
    intake_url: str = "http://127.0.0.1:8001"

    def peer_urls(self) -> dict[str, str]:
        return {"intake": self.intake_url}


@cache
def get_settings() -> MatchingSettings:
    return MatchingSettings()
