"""Gateway settings, read from `GATEWAY_*` environment variables."""

from functools import cache

from jiuzhu_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class GatewaySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    service_name: str = "gateway"
    database_url: str = "sqlite+aiosqlite:///./var/gateway.db"
    intake_url: str = "http://127.0.0.1:8001"
    verification_url: str = "http://127.0.0.1:8002"
    matching_url: str = "http://127.0.0.1:8003"
    charity_url: str = "http://127.0.0.1:8004"
    # A slow service gets 504 after this; a stopped one 503 at once.
    upstream_timeout_s: float = 30.0
    upstream_connect_timeout_s: float = 2.0

    def peer_urls(self) -> dict[str, str]:
        return {
            "intake": self.intake_url,
            "verification": self.verification_url,
            "matching": self.matching_url,
            "charity": self.charity_url,
        }


@cache
def get_settings() -> GatewaySettings:
    return GatewaySettings()
