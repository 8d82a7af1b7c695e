"""Verification settings, read from `VERIFICATION_*` environment variables."""

from functools import cache

from jiuzhu_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class VerificationSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="VERIFICATION_", extra="ignore")

    service_name: str = "verification"
    database_url: str = "sqlite+aiosqlite:///./var/verification.db"
    intake_url: str = "http://127.0.0.1:8001"

    def peer_urls(self) -> dict[str, str]:
        return {"intake": self.intake_url}


@cache
def get_settings() -> VerificationSettings:
    return VerificationSettings()
