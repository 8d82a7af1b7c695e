"""`/v1/identities` (admins manage people and partner clients) and `/v1/me` (the caller)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query, Request

from gateway.db import SessionDep
from gateway.identities import service
from gateway.identities.models import Identity
from gateway.identities.schemas import (
    IdentityCreated,
    IdentityRead,
    Me,
    PartnerCreate,
    PasswordChange,
    PersonCreate,
    SecretRotated,
)
from gateway.limits.guard import limited
from jiuzhu_kit.auth import Principal

router = APIRouter(tags=["identities"])

Admin = Annotated[Principal, Depends(limited("admin"))]
Anyone = Annotated[
    Principal,
    Depends(
        limited(
            "applicant",
            "caseworker",
            "reviewer",
            "admin",
            "auditor",
            "data_partner",
            "charity_partner",
        )
    ),
]


def _read(identity: Identity) -> IdentityRead:
    return IdentityRead.model_validate(identity, from_attributes=True)


@router.post(
    "/v1/identities",
    status_code=201,
    response_model=IdentityCreated,
    summary="Create a person or a partner client (a partner's secret is shown once, here)",
)
async def create_identity(
    data: Annotated[PersonCreate | PartnerCreate, Body(discriminator="kind")],
    session: SessionDep,
    principal: Admin,
) -> IdentityCreated:
    secret = None
    if isinstance(data, PersonCreate):
        identity = await service.create_person(session, data=data)
    else:
        identity, secret = await service.create_partner(session, data=data)
    return IdentityCreated(**_read(identity).model_dump(), client_secret=secret)


@router.get("/v1/identities", response_model=list[IdentityRead], summary="List identities")
async def list_identities(
    session: SessionDep,
    principal: Admin,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[IdentityRead]:
    return [_read(i) for i in await service.list_identities(session, limit=limit, offset=offset)]


@router.post(
    "/v1/identities/{identity_id}/secret",
    response_model=SecretRotated,
    summary="Rotate a partner's client secret (the previous one works for a grace period)",
)
async def rotate_secret(
    identity_id: uuid.UUID, session: SessionDep, principal: Anyone, request: Request
) -> SecretRotated:
    identity, secret = await service.rotate_secret(
        session,
        identity_id=identity_id,
        principal=principal,
        grace_s=request.app.state.settings.secret_rotation_grace_s,
    )
    assert identity.previous_secret_valid_until is not None
    return SecretRotated(
        client_id=identity.username,
        client_secret=secret,
        previous_secret_valid_until=identity.previous_secret_valid_until,
    )


@router.put(
    "/v1/identities/{identity_id}/password",
    response_model=IdentityRead,
    summary="Set a person's password (their own, or any as admin; also unlocks the account)",
)
async def set_password(
    identity_id: uuid.UUID, data: PasswordChange, session: SessionDep, principal: Anyone
) -> IdentityRead:
    identity = await service.set_password(
        session, identity_id=identity_id, principal=principal, password=data.password
    )
    return _read(identity)


@router.get("/v1/me", response_model=Me, summary="The caller: roles, scope and identity record")
async def me(session: SessionDep, principal: Anyone) -> Me:
    identity = await service.for_principal(session, principal=principal)
    return Me(
        subject=principal.subject,
        kind=principal.kind,
        name=principal.name,
        roles=sorted(principal.roles),
        region_scope=principal.region_scope,
        organization_id=principal.organization_id,
        allowed_sources=sorted(principal.allowed_sources),
        identity=_read(identity) if identity is not None else None,
    )
