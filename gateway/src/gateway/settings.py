"""Gateway settings, read from `GATEWAY_*` environment variables."""

from __future__ import annotations

from functools import cache

from pydantic import model_validator
from pydantic_settings import SettingsConfigDict

from jiuzhu_kit.settings import ServiceSettings


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

    # Tokens the gateway issues. Without a key (development/test only) it signs with the kit's
    # development key, kid `jiuzhu-dev-1`, which every service trusts in development.
    jwt_signing_key: str = ""
    jwt_key_id: str = "gateway"
    # Public keys still published after a key rotation (a JWKS JSON document), so tokens signed
    # with the previous key stay verifiable until they expire.
    jwt_previous_keys: str = ""
    access_token_ttl_s: int = 900
    refresh_token_ttl_s: int = 14 * 24 * 3600

    # An external OIDC issuer whose tokens people may exchange for ours (RFC 8693 token exchange).
    oidc_issuer: str = ""
    oidc_audience: str = ""
    oidc_jwks_url: str = ""
    oidc_trusted_keys: str = ""  # inline JWKS JSON, instead of or besides the URL

    # Accounts: repeated wrong passwords lock the account for a while.
    lockout_threshold: int = 5
    lockout_s: int = 900
    # After a partner's secret is rotated, the previous one keeps working this long.
    secret_rotation_grace_s: int = 24 * 3600

    # Rate limits: a token bucket per client (refill per second, burst size). In memory unless
    # a Redis URL is given (several gateway replicas share the buckets there).
    rate_limit_per_s: float = 100.0
    rate_limit_burst: int = 200
    redis_url: str = ""
    redis_key_prefix: str = "jiuzhu:gateway:rl:"

    # How long the merged OpenAPI document is cached.
    openapi_cache_s: float = 60.0
    # Demo identities are created at startup in development, and never in any other environment.
    seed_demo_identities: bool = True

    def peer_urls(self) -> dict[str, str]:
        return {
            "intake": self.intake_url,
            "verification": self.verification_url,
            "matching": self.matching_url,
            "charity": self.charity_url,
        }

    @property
    def seeds_demo_identities(self) -> bool:
        return self.environment == "development" and self.seed_demo_identities

    @model_validator(mode="after")
    def _require_signing_key(self) -> GatewaySettings:
        if not self.is_development and not self.jwt_signing_key:
            raise ValueError(
                f"refusing to start in {self.environment!r}: jwt_signing_key must be set "
                "(PEM private key, Ed25519, EC P-256 or RSA)"
            )
        return self


@cache
def get_settings() -> GatewaySettings:
    return GatewaySettings()
