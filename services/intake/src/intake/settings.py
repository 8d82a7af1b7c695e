"""Intake settings, read from `INTAKE_*` environment variables."""

from functools import cache

from jiuzhu_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class IntakeSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="INTAKE_", extra="ignore")

    service_name: str = "intake"
    database_url: str = "sqlite+aiosqlite:///./var/intake.db"
    verification_url: str = "http://127.0.0.1:8002"
    matching_url: str = "http://127.0.0.1:8003"
    charity_url: str = "http://127.0.0.1:8004"

    def peer_urls(self) -> dict[str, str]:
        return {
            "verification": self.verification_url,
            "matching": self.matching_url,
            "charity": self.charity_url,
        }


@cache
def get_settings() -> IntakeSettings:
    return IntakeSettings()
