"""Default secrets are for development only: production refuses to start with them."""

import pytest
from pydantic import ValidationError

from jiuzhu_kit.auth import dev_private_pem
from jiuzhu_kit.settings import ServiceSettings


def test_development_starts_with_safe_local_defaults() -> None:
    settings = ServiceSettings(environment="development")
    assert settings.database_url.startswith("sqlite+aiosqlite")


def test_production_refuses_default_secrets_naming_each() -> None:
    with pytest.raises(ValidationError) as info:
        ServiceSettings(environment="production")
    message = str(info.value)
    for name in ("pii_key", "service_signing_key", "jwt_trusted_keys", "database_url"):
        assert name in message


def test_production_accepts_real_configuration() -> None:
    settings = ServiceSettings(
        environment="production",
        pii_key="k" * 44,
        service_signing_key=dev_private_pem(),
        jwt_jwks_url="http://gateway:8000/.well-known/jwks.json",
        database_url="postgresql+asyncpg://u@db/intake",
    )
    assert settings.environment == "production"


def test_a_service_prefix_reads_its_own_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic_settings import SettingsConfigDict

    class IntakeLike(ServiceSettings):
        model_config = SettingsConfigDict(env_prefix="INTAKELIKE_")

    monkeypatch.setenv("INTAKELIKE_MAX_BODY_BYTES", "123")
    monkeypatch.setenv("OTHER_MAX_BODY_BYTES", "999")
    assert IntakeLike().max_body_bytes == 123
