"""The caller's identity: a `Principal` read from a verified JWT, and route dependencies requiring roles."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, Literal

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from fastapi import Depends, Request
from fastapi.security import HTTPBearer
from fastapi.security.utils import get_authorization_scheme_param

from jiuzhu_kit import regions
from jiuzhu_kit.errors import Forbidden, Unauthorized
from jiuzhu_kit.settings import DEV_SIGNING_SEED

Role = Literal[
    "applicant",
    "caseworker",
    "reviewer",
    "admin",
    "auditor",
    "data_partner",
    "charity_partner",
    "service",
]
ALGORITHMS = ["EdDSA", "RS256", "ES256"]
DEV_KID = "jiuzhu-dev-1"


@dataclass(frozen=True)
class Principal:
    """Who is calling: a person, a partner system, or a peer service."""

    subject: str
    roles: frozenset[str]
    region_scope: str = ""  # meaningful-digit prefix; "" means nationwide (admins, auditors)
    organization_id: str | None = None  # charity partners are bound to one organization
    allowed_sources: frozenset[str] = field(default_factory=frozenset)  # data partners
    kind: str = "user"  # user | partner | service
    name: str | None = None

    def has_any(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    def sees_region(self, code: str) -> bool:
        """Region scoping by code prefix: a caseworker of 431028 sees 431028xxx…, not 440117xxx."""
        if self.has_any("admin", "auditor", "service") and not self.region_scope:
            return True
        if not self.region_scope:
            return self.has_any("admin", "auditor", "service")
        return regions.within(code, self.region_scope)

    @classmethod
    def from_claims(cls, claims: dict[str, Any]) -> Principal:
        roles = claims.get("roles") or []
        if isinstance(roles, str):
            roles = roles.split()
        return cls(
            subject=str(claims["sub"]),
            roles=frozenset(str(r) for r in roles),
            region_scope=str(claims.get("region") or ""),
            organization_id=claims.get("org"),
            allowed_sources=frozenset(claims.get("sources") or []),
            kind=str(claims.get("kind") or "user"),
            name=claims.get("name"),
        )


@cache
def dev_private_key() -> Ed25519PrivateKey:
    """Development-only key, derived from a public seed so every process agrees without files."""
    seed = hashlib.sha256(DEV_SIGNING_SEED.encode()).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def dev_private_pem() -> str:
    return (
        dev_private_key()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


def public_jwk(private_pem: str, kid: str) -> dict[str, Any]:
    """The public half of a PEM private key as a JWK with its `kid`."""
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    public = key.public_key()
    alg = _alg_for(public)
    jwk: dict[str, Any] = json.loads(jwt.algorithms.get_default_algorithms()[alg].to_jwk(public))
    jwk.update({"kid": kid, "use": "sig", "alg": alg})
    return jwk


def _alg_for(key: Any) -> str:
    if isinstance(key, (Ed25519PrivateKey, Ed25519PublicKey)):
        return "EdDSA"
    name = type(key).__name__
    return "ES256" if "EllipticCurve" in name else "RS256"


def dev_jwks() -> dict[str, Any]:
    return {"keys": [public_jwk(dev_private_pem(), DEV_KID)]}


def kid_for(private_pem: str) -> str:
    """A stable key id: the first 16 hex digits of the public key's SHA-256."""
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    raw = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(raw).hexdigest()[:16]


def mint_token(
    *,
    subject: str,
    roles: Iterable[str],
    private_pem: str | None = None,
    kid: str | None = None,
    issuer: str = "jiuzhu-gateway",
    audience: str = "jiuzhu",
    ttl_s: int = 900,
    region: str = "",
    organization_id: str | None = None,
    sources: Sequence[str] = (),
    kind: str = "user",
    name: str | None = None,
    now: float | None = None,
) -> str:
    """Sign a short-lived access token. Without a key it uses the development key (tests, local runs)."""
    if private_pem is None:
        private_pem, kid = dev_private_pem(), DEV_KID
    key: Any = serialization.load_pem_private_key(private_pem.encode(), password=None)
    issued = int(now if now is not None else time.time())
    claims: dict[str, Any] = {
        "iss": issuer,
        "aud": audience,
        "sub": subject,
        "iat": issued,
        "nbf": issued,
        "exp": issued + ttl_s,
        "jti": uuid.uuid4().hex,
        "roles": sorted(roles),
        "region": region,
        "kind": kind,
    }
    if organization_id:
        claims["org"] = organization_id
    if sources:
        claims["sources"] = sorted(sources)
    if name:
        claims["name"] = name
    return jwt.encode(
        claims, key, algorithm=_alg_for(key), headers={"kid": kid or kid_for(private_pem)}
    )


class TokenVerifier:
    """Checks signature (against a JWKS document or URL), expiry, issuer and audience.

    Every service checks the token of every request, and the signature check is most of a trivial
    request's CPU. So a verified token's principal is kept (bounded LRU, keyed by the raw token)
    until the token's `exp` or `cache_ttl_s`, whichever comes first; a token that fails is never
    kept and is checked again in full each time. `cache_size=0` turns the cache off.
    """

    def __init__(
        self,
        *,
        issuer: str,
        audience: str,
        jwks: dict[str, Any] | None = None,
        jwks_url: str = "",
        leeway_s: int = 30,
        cache_size: int = 10_000,
        cache_ttl_s: float = 300.0,
    ) -> None:
        self.issuer, self.audience, self.leeway_s = issuer, audience, leeway_s
        self._keys: dict[str, Any] = {}
        for entry in (jwks or {}).get("keys", []):
            self._keys[entry["kid"]] = jwt.PyJWK(entry)
        self._client = jwt.PyJWKClient(jwks_url, cache_keys=True) if jwks_url else None
        self._cache: OrderedDict[str, tuple[Principal, float]] = OrderedDict()
        self._cache_size, self._cache_ttl_s = cache_size, cache_ttl_s

    def add_jwks(self, jwks: dict[str, Any]) -> None:
        for entry in jwks.get("keys", []):
            self._keys[entry["kid"]] = jwt.PyJWK(entry)

    def verify(self, token: str) -> Principal:
        now = time.time()
        hit = self._cache.get(token)
        if hit is not None:
            if hit[1] > now:
                self._cache.move_to_end(token)
                return hit[0]
            self._cache.pop(token, None)
        claims = self._verified_claims(token)
        principal = Principal.from_claims(claims)
        if self._cache_size > 0:
            # Never past `exp` (the leeway is for clock skew, not for reuse from the cache).
            self._cache[token] = (principal, min(float(claims["exp"]), now + self._cache_ttl_s))
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return principal

    def _verified_claims(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"The bearer token is malformed: {exc}") from exc
        kid = header.get("kid")
        key: Any = self._keys.get(kid) if kid else None
        if key is None and self._client is not None:
            try:
                key = self._client.get_signing_key_from_jwt(token)
            except jwt.PyJWTError as exc:
                raise Unauthorized(f"The token's signing key {kid!r} is not trusted") from exc
        if key is None:
            raise Unauthorized(f"The token's signing key {kid!r} is not trusted")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.key,
                algorithms=ALGORITHMS,
                audience=self.audience,
                issuer=self.issuer,
                leeway=self.leeway_s,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("The bearer token has expired; request a new one") from exc
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"The bearer token was rejected: {exc}") from exc
        return claims


def authenticate(request: Request) -> Principal:
    """The principal of the request's `Authorization: Bearer` token, kept on `request.state`."""
    scheme, credentials = get_authorization_scheme_param(request.headers.get("authorization"))
    if scheme.lower() != "bearer" or not credentials:
        raise Unauthorized("This resource needs an `Authorization: Bearer <token>` header")
    verifier: TokenVerifier = request.app.state.verifier
    principal = verifier.verify(credentials)
    request.state.principal = principal
    return principal


class BearerPrincipal(HTTPBearer):
    """The OpenAPI document's `HTTPBearer` scheme and the caller's verified principal, in one dependency.

    FastAPI resolves every level of a dependency chain on every request: the scheme and a function
    depending on it cost a trivial request more CPU than the (cached) token verification itself.
    """

    async def __call__(self, request: Request) -> Principal:  # type: ignore[override]
        return authenticate(request)


current_principal = BearerPrincipal(auto_error=False, scheme_name="HTTPBearer")
CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: str) -> Callable[..., Any]:
    """A dependency that lets through only callers holding one of `roles`."""

    async def _dependency(principal: CurrentPrincipal) -> Principal:
        if not principal.has_any(*roles):
            raise Forbidden(
                f"This action needs one of the roles {sorted(roles)}; "
                f"the token grants {sorted(principal.roles)}"
            )
        return principal

    return _dependency
