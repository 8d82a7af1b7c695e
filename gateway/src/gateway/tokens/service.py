"""The token grants: who gets which short-lived access token, and refresh tokens for apps."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from gateway.identities import repository as identities
from gateway.identities import service as identity_service
from gateway.identities.models import Identity
from gateway.settings import GatewaySettings
from gateway.tokens import repository
from gateway.tokens.keys import signing_key
from gateway.tokens.models import RefreshToken
from gateway.tokens.schemas import TOKEN_EXCHANGE, TokenRequest, TokenResponse
from jiuzhu_kit.auth import TokenVerifier, mint_token
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.errors import Unauthorized


@dataclass(frozen=True)
class GrantRefused:
    """A refused token request: an RFC 6749 §5.2 error code, a status and words to act on."""

    error: str
    detail: str
    status: int = 400
    headers: dict[str, str] = field(default_factory=dict)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _narrow(held: list[str], scope: str | None) -> list[str] | GrantRefused:
    if not scope:
        return sorted(held)
    wanted = set(scope.split())
    beyond = wanted - set(held)
    if beyond:
        return GrantRefused(
            "invalid_scope",
            f"The scope asks for roles this identity does not hold: {sorted(beyond)}",
        )
    return sorted(wanted)


def _missing(request: TokenRequest, *names: str) -> GrantRefused | None:
    absent = [n for n in names if not getattr(request, n)]
    if absent:
        return GrantRefused(
            "invalid_request", f"The {request.grant_type} grant needs {', '.join(absent)}"
        )
    return None


async def _tokens(
    session: AsyncSession,
    *,
    identity: Identity,
    roles: list[str],
    settings: GatewaySettings,
    with_refresh: bool,
) -> TokenResponse:
    key = signing_key(settings)
    access = mint_token(
        subject=str(identity.id),
        roles=roles,
        private_pem=key.private_pem,
        kid=key.kid,
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        ttl_s=settings.access_token_ttl_s,
        region=identity.region_scope,
        organization_id=identity.organization_id,
        sources=identity.allowed_sources,
        kind=identity.kind,
        name=identity.name,
    )
    refresh = None
    if with_refresh:
        refresh = secrets.token_urlsafe(32)
        session.add(
            RefreshToken(
                identity_id=identity.id,
                token_digest=_digest(refresh),
                roles=roles,
                expires_at=utcnow() + timedelta(seconds=settings.refresh_token_ttl_s),
            )
        )
        await session.flush()
    return TokenResponse(
        access_token=access,
        expires_in=settings.access_token_ttl_s,
        scope=" ".join(roles),
        refresh_token=refresh,
    )


async def grant(
    session: AsyncSession,
    *,
    request: TokenRequest,
    settings: GatewaySettings,
    external: TokenVerifier | None,
) -> TokenResponse | GrantRefused:
    """Answer one token request; a refusal is returned (not raised) so a failed attempt is kept."""
    if request.grant_type == "client_credentials":
        return await _client_credentials(session, request=request, settings=settings)
    if request.grant_type == "password":
        return await _password(session, request=request, settings=settings)
    if request.grant_type == "refresh_token":
        return await _refresh(session, request=request, settings=settings)
    if request.grant_type == TOKEN_EXCHANGE:
        return await _exchange(session, request=request, settings=settings, external=external)
    raise AssertionError(request.grant_type)  # pragma: no cover - the schema lists every grant


async def _client_credentials(
    session: AsyncSession, *, request: TokenRequest, settings: GatewaySettings
) -> TokenResponse | GrantRefused:
    if refused := _missing(request, "client_id", "client_secret"):
        return refused
    assert request.client_id and request.client_secret
    partner = await identity_service.check_client(
        session, client_id=request.client_id, client_secret=request.client_secret
    )
    if partner is None:
        return GrantRefused(
            "invalid_client",
            "The client_id or client_secret is wrong",
            status=401,
            headers={"WWW-Authenticate": 'Basic realm="jiuzhu"'},
        )
    roles = _narrow(partner.roles, request.scope)
    if isinstance(roles, GrantRefused):
        return roles
    # Partner systems get no refresh token: they hold their credentials (RFC 6749 §4.4.3).
    return await _tokens(
        session, identity=partner, roles=roles, settings=settings, with_refresh=False
    )


async def _password(
    session: AsyncSession, *, request: TokenRequest, settings: GatewaySettings
) -> TokenResponse | GrantRefused:
    if refused := _missing(request, "username", "password"):
        return refused
    assert request.username and request.password
    outcome = await identity_service.check_password(
        session,
        username=request.username,
        password=request.password,
        threshold=settings.lockout_threshold,
        lockout_s=settings.lockout_s,
    )
    if isinstance(outcome, identity_service.LoginRefused):
        headers = {}
        if outcome.locked_until is not None:
            wait = max(1, int((outcome.locked_until - utcnow()).total_seconds()))
            headers["Retry-After"] = str(wait)
        return GrantRefused("invalid_grant", outcome.detail, headers=headers)
    roles = _narrow(outcome.roles, request.scope)
    if isinstance(roles, GrantRefused):
        return roles
    return await _tokens(
        session, identity=outcome, roles=roles, settings=settings, with_refresh=True
    )


async def _refresh(
    session: AsyncSession, *, request: TokenRequest, settings: GatewaySettings
) -> TokenResponse | GrantRefused:
    if refused := _missing(request, "refresh_token"):
        return refused
    assert request.refresh_token
    now = utcnow()
    stored = await repository.by_digest(session, _digest(request.refresh_token))
    invalid = GrantRefused("invalid_grant", "The refresh token is unknown, used or expired")
    if stored is None:
        return invalid
    if stored.revoked_at is not None:
        # A used refresh token presented again means it leaked: end every session of the identity.
        await repository.revoke_all_of(session, stored.identity_id, now)
        return invalid
    identity = await identities.get(session, stored.identity_id)
    if stored.expires_at <= now or identity is None or identity.disabled:
        return invalid
    stored.revoked_at = now
    roles = [r for r in stored.roles if r in identity.roles]
    return await _tokens(
        session, identity=identity, roles=roles, settings=settings, with_refresh=True
    )


async def _exchange(
    session: AsyncSession,
    *,
    request: TokenRequest,
    settings: GatewaySettings,
    external: TokenVerifier | None,
) -> TokenResponse | GrantRefused:
    if external is None:
        return GrantRefused(
            "unsupported_grant_type", "No external OIDC issuer is trusted by this gateway"
        )
    if refused := _missing(request, "subject_token"):
        return refused
    assert request.subject_token
    try:
        # The JWKS may be fetched over the network: off the event loop.
        foreign = await asyncio.to_thread(external.verify, request.subject_token)
    except Unauthorized as exc:
        return GrantRefused("invalid_grant", f"The subject token was rejected: {exc.detail}")
    person = await identities.by_external_subject(
        session, f"{settings.oidc_issuer}|{foreign.subject}"
    )
    if person is None or person.disabled:
        return GrantRefused("invalid_grant", "No person here is linked to that external identity")
    roles = _narrow(person.roles, request.scope)
    if isinstance(roles, GrantRefused):
        return roles
    return await _tokens(
        session, identity=person, roles=roles, settings=settings, with_refresh=True
    )
