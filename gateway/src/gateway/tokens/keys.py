"""The gateway's signing key, the JWKS it publishes, and the verifiers of incoming tokens."""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import jwt

from gateway.settings import GatewaySettings
from jiuzhu_kit.auth import DEV_KID, Principal, TokenVerifier, dev_jwks, dev_private_pem, public_jwk


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


class CachingVerifier(TokenVerifier):
    """Verifies each distinct token once: the proxy's hot path then costs a dictionary lookup.

    A cached principal is dropped when its token expires, so expiry is still enforced.
    """

    def __init__(self, *, max_entries: int = 10_000, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cache: OrderedDict[str, tuple[Principal, float]] = OrderedDict()
        self._max = max_entries

    def verify(self, token: str) -> Principal:
        hit = self._cache.get(token)
        now = time.time()
        if hit is not None and hit[1] > now:
            return hit[0]
        principal = super().verify(token)
        expires = _expiry(token)
        if expires is not None:
            self._cache[token] = (principal, expires)
            if len(self._cache) > self._max:
                self._cache.popitem(last=False)
        return principal


def _expiry(token: str) -> float | None:
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    exp = claims.get("exp")
    return float(exp) if isinstance(exp, int | float) else None


def gateway_verifier(settings: GatewaySettings) -> CachingVerifier:
    """Trusts our own key (current and previous), configured JWKS, and the dev key in development."""
    trusted: dict[str, Any] = {"keys": []}
    if settings.jwt_trusted_keys:
        trusted = json.loads(settings.jwt_trusted_keys)
    verifier = CachingVerifier(
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        jwks=trusted,
        jwks_url=settings.jwt_jwks_url,
    )
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
