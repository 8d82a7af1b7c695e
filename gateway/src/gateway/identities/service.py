"""Identity rules: who may log in, lockout after repeated wrong passwords, partner secret rotation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from gateway.identities import repository
from gateway.identities.models import Identity
from gateway.identities.schemas import PartnerCreate, PersonCreate
from gateway.identities.secrets import hash_secret, new_client_secret, secret_matches
from jiuzhu_kit import regions
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.errors import Conflict, InvalidInput, NotFound


@dataclass(frozen=True)
class LoginRefused:
    """Why a login failed, in words safe to show: never whether the account exists."""

    detail: str
    locked_until: datetime | None = None


def _check_region(region_scope: str, field: str) -> None:
    if region_scope and not regions.is_known(region_scope):
        raise InvalidInput(
            f"Unknown region code {region_scope!r}",
            errors=[{"field": field, "message": "not a known division code prefix"}],
        )


async def _ensure_free(session: AsyncSession, username: str, field: str) -> None:
    if await repository.by_username(session, username) is not None:
        raise Conflict(
            f"{field} {username!r} is already taken",
            errors=[{"field": field, "message": "already taken"}],
        )


async def create_person(session: AsyncSession, *, data: PersonCreate) -> Identity:
    await _ensure_free(session, data.username, "username")
    _check_region(data.region_scope, "region_scope")
    if {"caseworker", "reviewer"} & set(data.roles) and not data.region_scope:
        raise InvalidInput(
            "Caseworkers and reviewers work in a region: give their region_scope",
            errors=[{"field": "region_scope", "message": "required for caseworker and reviewer"}],
        )
    identity = Identity(
        kind="user",
        username=data.username,
        name=data.name,
        roles=sorted(set(data.roles)),
        region_scope=data.region_scope,
        external_subject=data.external_subject,
        secret_hash=await hash_secret(data.password),
    )
    session.add(identity)
    await session.flush()
    return identity


async def create_partner(
    session: AsyncSession, *, data: PartnerCreate, secret: str | None = None
) -> tuple[Identity, str]:
    """The new partner and its client secret (returned once, stored only as a hash).

    `secret` is for the development seed only, whose demo secrets are published in the README.
    """
    await _ensure_free(session, data.client_id, "client_id")
    _check_region(data.region_scope, "region_scope")
    if data.role == "data_partner" and not data.allowed_sources:
        raise InvalidInput(
            "A data partner needs the sources it may write",
            errors=[{"field": "allowed_sources", "message": "at least one source"}],
        )
    if data.role == "charity_partner" and not data.organization_id:
        raise InvalidInput(
            "A charity partner is bound to one organization",
            errors=[{"field": "organization_id", "message": "required for charity_partner"}],
        )
    secret = secret or new_client_secret()
    identity = Identity(
        kind="partner",
        username=data.client_id,
        name=data.name,
        roles=[data.role],
        region_scope=data.region_scope,
        organization_id=data.organization_id if data.role == "charity_partner" else None,
        allowed_sources=sorted(set(data.allowed_sources)) if data.role == "data_partner" else [],
        secret_hash=await hash_secret(secret),
    )
    session.add(identity)
    await session.flush()
    return identity, secret


async def get(session: AsyncSession, *, identity_id: uuid.UUID) -> Identity:
    identity = await repository.get(session, identity_id)
    if identity is None:
        raise NotFound(f"Identity {identity_id} not found")
    return identity


async def list_identities(session: AsyncSession, *, limit: int, offset: int) -> list[Identity]:
    return list(await repository.page(session, limit=limit, offset=offset))


async def for_principal(session: AsyncSession, *, principal: Principal) -> Identity | None:
    try:
        identity_id = uuid.UUID(principal.subject)
    except ValueError:
        return None  # a service, or a token minted outside the gateway
    return await repository.get(session, identity_id)


async def check_password(
    session: AsyncSession,
    *,
    username: str,
    password: str,
    threshold: int,
    lockout_s: int,
) -> Identity | LoginRefused:
    """A person's login. Each wrong password counts; at `threshold` the account locks for a while."""
    now = utcnow()
    identity = await repository.by_username(session, username)
    person = identity if identity is not None and identity.kind == "user" else None
    matches = await secret_matches(password, person.secret_hash if person else None)
    if person is None or person.disabled:
        return LoginRefused("The username or password is wrong")
    if person.locked_until is not None and person.locked_until > now:
        return LoginRefused(
            "The account is locked after repeated wrong passwords; try again later",
            locked_until=person.locked_until,
        )
    if not matches:
        person.failed_attempts += 1
        if person.failed_attempts >= threshold:
            person.locked_until = now + timedelta(seconds=lockout_s)
            person.failed_attempts = 0
            await session.flush()
            return LoginRefused(
                "The account is locked after repeated wrong passwords; try again later",
                locked_until=person.locked_until,
            )
        await session.flush()
        return LoginRefused("The username or password is wrong")
    person.failed_attempts, person.locked_until = 0, None
    await session.flush()
    return person


async def check_client(
    session: AsyncSession, *, client_id: str, client_secret: str
) -> Identity | None:
    """A partner system's credentials: its current secret, or the previous one within the grace."""
    identity = await repository.by_username(session, client_id)
    partner = identity if identity is not None and identity.kind == "partner" else None
    if await secret_matches(client_secret, partner.secret_hash if partner else None):
        return partner if partner is not None and not partner.disabled else None
    if (
        partner is not None
        and not partner.disabled
        and partner.previous_secret_hash
        and partner.previous_secret_valid_until is not None
        and partner.previous_secret_valid_until > utcnow()
        and await secret_matches(client_secret, partner.previous_secret_hash)
    ):
        return partner
    return None


async def rotate_secret(
    session: AsyncSession, *, identity_id: uuid.UUID, principal: Principal, grace_s: int
) -> tuple[Identity, str]:
    """A new client secret; the old one keeps working for `grace_s` so the partner can switch."""
    identity = await repository.get(session, identity_id)
    own = principal.subject == str(identity_id)
    if identity is None or identity.kind != "partner" or not (own or principal.has_any("admin")):
        raise NotFound(f"Partner client {identity_id} not found")
    secret = new_client_secret()
    now = utcnow()
    identity.previous_secret_hash = identity.secret_hash
    identity.previous_secret_valid_until = now + timedelta(seconds=grace_s)
    identity.secret_hash = await hash_secret(secret)
    identity.secret_rotated_at = now
    await session.flush()
    return identity, secret


async def set_password(
    session: AsyncSession, *, identity_id: uuid.UUID, principal: Principal, password: str
) -> Identity:
    """A person changes their own password, or an admin resets it (which also unlocks)."""
    identity = await repository.get(session, identity_id)
    own = principal.subject == str(identity_id)
    if identity is None or identity.kind != "user" or not (own or principal.has_any("admin")):
        raise NotFound(f"Person {identity_id} not found")
    identity.secret_hash = await hash_secret(password)
    identity.secret_rotated_at = utcnow()
    identity.failed_attempts, identity.locked_until = 0, None
    await session.flush()
    return identity
