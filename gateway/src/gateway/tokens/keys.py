"""The gateway's signing key, the JWKS it publishes, and the verifiers of incoming tokens."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from gateway.settings import GatewaySettings
from jiuzhu_kit.app import build_verifier
from jiuzhu_kit.auth import DEV_KID, TokenVerifier, dev_jwks, dev_private_pem, public_jwk


@dataclass(frozen=True)
class SigningKey:
    private_pem: str
    kid: str


def signing_key(settings: GatewaySettings) -> SigningKey:
    """The configured key; in development/test without one, the kit's development key."""
    if settings.jwt_signing_key:
        return SigningKey(settings.jwt_signing_key, settings.jwt_key_id)
    return SigningKey(dev_private_pem(), DEV_KID)


def published_jwks(settings: GatewaySettings) -> dict[str, Any]:
    """`/.well-known/jwks.json`: the current public key, previous ones, and in development the dev key."""
    key = signing_key(settings)
    keys = [public_jwk(key.private_pem, key.kid)]
    if settings.jwt_previous_keys:
        keys.extend(json.loads(settings.jwt_previous_keys).get("keys", []))
    if settings.is_development and key.kid != DEV_KID:
        keys.extend(dev_jwks()["keys"])
    return {"keys": keys}


def gateway_verifier(settings: GatewaySettings) -> TokenVerifier:
    """What every service trusts (jiuzhu_kit.app.build_verifier), and our own keys, current and previous."""
    verifier = build_verifier(settings)
    verifier.add_jwks(published_jwks(settings))
    return verifier


def external_verifier(settings: GatewaySettings) -> TokenVerifier | None:
    """The trusted external OIDC issuer, if one is configured."""
    if not settings.oidc_issuer or not (settings.oidc_jwks_url or settings.oidc_trusted_keys):
        return None
    jwks = json.loads(settings.oidc_trusted_keys) if settings.oidc_trusted_keys else None
    return TokenVerifier(
        issuer=settings.oidc_issuer,
        audience=settings.oidc_audience or settings.jwt_audience,
        jwks=jwks,
        jwks_url=settings.oidc_jwks_url,
    )
