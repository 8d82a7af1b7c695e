"""Intake settings, read from `INTAKE_*` environment variables."""

from functools import cache

from pydantic_settings import SettingsConfigDict

from jiuzhu_kit.settings import ServiceSettings


class IntakeSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="INTAKE_", extra="ignore")

    service_name: str = "intake"
    database_url: str = "sqlite+aiosqlite:///./var/intake.db"
    verification_url: str = "http://127.0.0.1:8002"
    matching_url: str = "http://127.0.0.1:8003"
    charity_url: str = "http://127.0.0.1:8004"

    # Idempotency keys are honoured for at least this long (the issue asks for ≥ 24 h).
    idempotency_ttl_hours: int = 48
    # A first request with no answer after this long is taken as lost (its process died, or its
    # answer could not be stored): a retry with the same key runs again instead of reading
    # "in progress" until the key expires. Far beyond any request's time (the gateway's is 30 s).
    idempotency_lease_seconds: int = 300
    # Workflow defaults where no regional parameter is set (DOMAIN.md: 7-day public notice).
    default_public_notice_days: int = 7
    default_decision_time_limit_days: int = 30

    def peer_urls(self) -> dict[str, str]:
        return {
            "verification": self.verification_url,
            "matching": self.matching_url,
            "charity": self.charity_url,
        }


@cache
def get_settings() -> IntakeSettings:
    return IntakeSettings()
