"""Settings base: one env prefix per service, safe local defaults, default secrets refused outside development."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Development-only secrets. They let `make run` and the tests work with no setup, and they are
# refused by the validator below whenever the environment is not development or test.
DEV_PII_KEY = "jiuzhu-development-pii-key-do-not-use-in-production"
DEV_SIGNING_SEED = "jiuzhu-development-signing-seed-do-not-use-in-production"

Environment = Literal["development", "test", "production", "staging"]


class ServiceSettings(BaseSettings):
    """What every service reads from its environment (`<PREFIX>_DATABASE_URL`, …)."""

    model_config = SettingsConfigDict(env_prefix="JIUZHU_", extra="ignore", env_file=None)

    service_name: str = "jiuzhu"
    environment: Environment = "development"
    database_url: str = "sqlite+aiosqlite:///./var/jiuzhu.db"
    database_echo: bool = False
    # PostgreSQL connection pool (SQLite ignores these). 20 holds ~16 concurrent requests plus the
    # outbox relay and inbox handlers. No overflow by default: overflow connections are closed as
    # soon as they are returned, which under steady load means reconnecting (and losing asyncpg's
    # per-connection prepared statements) all the time; beyond the pool a request waits up to
    # `database_pool_timeout_s`. A process holds at most size + overflow connections: replicas ×
    # that must stay below the server's max_connections. Recycled after an hour so a failover or a
    # server-side idle timeout never leaves very old connections in the pool.
    database_pool_size: int = Field(default=20, ge=1)
    database_max_overflow: int = Field(default=0, ge=0)
    database_pool_timeout_s: float = Field(default=30.0, gt=0)
    database_pool_recycle_s: int = Field(default=3600, ge=-1)
    max_body_bytes: int = 1_048_576
    request_timeout_s: float = 10.0
    log_level: str = "INFO"
    log_json: bool = True

    # Identity: tokens are verified against these keys (a JWKS JSON document or a JWKS URL).
    jwt_issuer: str = "jiuzhu-gateway"
    jwt_audience: str = "jiuzhu"
    jwt_trusted_keys: str = ""
    jwt_jwks_url: str = ""
    # This service's own key for the service-identity tokens it sends to peers (PEM, Ed25519).
    service_signing_key: str = ""
    service_key_id: str = ""  # the kid of that key in the trusted JWKS; defaults to service_name
    pii_key: str = DEV_PII_KEY

    # Outbox relay.
    outbox_poll_interval_s: float = 1.0
    # After a commit wakes the relay it waits this long so that the events of concurrent requests
    # are claimed and posted in one pass (one connection, one transaction) rather than one pass each.
    outbox_debounce_s: float = Field(default=0.02, ge=0)
    # Events posted at once in a pass; events to the same destination are still posted in order.
    outbox_concurrency: int = Field(default=8, ge=1)
    outbox_batch_size: int = 50
    outbox_max_backoff_s: float = 300.0
    outbox_relay_enabled: bool = True

    # Python's cyclic garbage collector (see `jiuzhu_kit.app.tune_gc`): the objects made at startup
    # (modules, models, compiled queries) are frozen out of its sweeps, and a young-generation
    # collection runs every `gc_gen0_threshold` net allocations instead of Python's 700.
    gc_freeze_after_startup: bool = True
    gc_gen0_threshold: int = Field(default=50_000, ge=100)

    @property
    def is_development(self) -> bool:
        return self.environment in ("development", "test")

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> ServiceSettings:
        if self.is_development:
            return self
        problems = []
        if self.pii_key == DEV_PII_KEY or len(self.pii_key) < 32:
            problems.append("pii_key must be set to a secret of at least 32 characters")
        if not self.service_signing_key:
            problems.append("service_signing_key must be set (PEM private key)")
        if not (self.jwt_trusted_keys or self.jwt_jwks_url):
            problems.append("jwt_trusted_keys or jwt_jwks_url must be set")
        if self.database_url.startswith("sqlite"):
            problems.append("database_url must point at PostgreSQL outside development")
        if problems:
            raise ValueError(f"refusing to start in {self.environment!r}: " + "; ".join(problems))
        return self
