"""Demo identities exist in development only, once each; external OIDC people exchange tokens."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

import httpx
import pytest

from gateway.db import metadata
from gateway.identities.seed import DEMO_PARTNERS, DEMO_PASSWORD, DEMO_PEOPLE
from gateway.settings import GatewaySettings
from jiuzhu_kit.auth import mint_token, public_jwk
from jiuzhu_kit.migrations import drift
from jiuzhu_kit.testing import bearer, new_private_pem

ADMIN = bearer("admin", subject="test-admin")
Starter = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]


async def usernames(client: httpx.AsyncClient) -> list[str]:
    listed = await client.get("/v1/identities?limit=200", headers=ADMIN)
    return [i["username"] for i in listed.json()]


async def test_development_seeds_every_demo_identity_once(gateway_with: Starter) -> None:
    async with gateway_with(environment="development") as client:
        pass
    async with gateway_with(environment="development") as client:
        names = await usernames(client)
        for person in DEMO_PEOPLE:
            assert names.count(person.username) == 1
            login = await client.post(
                "/v1/auth/token",
                data={
                    "grant_type": "password",
                    "username": person.username,
                    "password": DEMO_PASSWORD,
                },
            )
            assert login.status_code == 200, person.username
        for partner, secret in DEMO_PARTNERS:
            login = await client.post(
                "/v1/auth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": partner.client_id,
                    "client_secret": secret,
                },
            )
            assert login.status_code == 200, partner.client_id


async def test_outside_development_nothing_is_seeded(
    gateway_with: Starter, database_url: str
) -> None:
    async with gateway_with(environment="test", seed_demo_identities=True) as client:
        login = await client.post(
            "/v1/auth/token",
            data={"grant_type": "password", "username": "nobody-seeded", "password": DEMO_PASSWORD},
        )
        assert login.status_code == 400


def test_production_refuses_to_start_without_a_signing_key(
    settings_for: Callable[..., GatewaySettings],
) -> None:
    production = {
        "environment": "production",
        "database_url": "postgresql+asyncpg://db/gateway",
        "pii_key": "p" * 40,
        "service_signing_key": "a PEM",
        "jwt_trusted_keys": '{"keys": []}',
    }
    with pytest.raises(ValueError, match="jwt_signing_key"):
        settings_for(**production)
    assert settings_for(**production, jwt_signing_key="a PEM").environment == "production"


async def test_a_person_of_a_trusted_oidc_issuer_exchanges_its_token(gateway_with: Starter) -> None:
    pem = new_private_pem()
    issuer = "https://id.example.gov.cn"
    trusted = json.dumps({"keys": [public_jwk(pem, "ext-1")]})
    external_sub = f"ext-{uuid.uuid4().hex[:8]}"
    async with gateway_with(
        oidc_issuer=issuer, oidc_audience="jiuzhu-app", oidc_trusted_keys=trusted
    ) as client:
        created = await client.post(
            "/v1/identities",
            json={
                "kind": "user",
                "username": external_sub,
                "name": "外部登录",
                "roles": ["applicant"],
                "password": "unused but required",
                "external_subject": f"{issuer}|{external_sub}",
            },
            headers=ADMIN,
        )
        assert created.status_code == 201, created.text

        def external(**kw: object) -> str:
            return mint_token(
                subject=external_sub,
                roles=[],
                private_pem=pem,
                kid="ext-1",
                issuer=issuer,
                audience="jiuzhu-app",
                **kw,
            )

        grant = "urn:ietf:params:oauth:grant-type:token-exchange"
        ok = await client.post(
            "/v1/auth/token", data={"grant_type": grant, "subject_token": external()}
        )
        assert ok.status_code == 200, ok.text
        me = await client.get(
            "/v1/me", headers={"Authorization": f"Bearer {ok.json()['access_token']}"}
        )
        assert me.json()["subject"] == created.json()["id"] and me.json()["roles"] == ["applicant"]
        expired = external(now=time.time() - 7200, ttl_s=60)
        refused = await client.post(
            "/v1/auth/token", data={"grant_type": grant, "subject_token": expired}
        )
        assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
        # An external token is not a gateway token: it opens nothing by itself.
        direct = await client.get("/v1/me", headers={"Authorization": f"Bearer {external()}"})
        assert direct.status_code == 401


async def test_models_and_migrations_agree(database_url: str) -> None:
    assert await drift(database_url, metadata) == []
