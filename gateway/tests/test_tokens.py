"""The token endpoint: grants, claims of docs/contracts.md, refresh, scope, lockout, rotation."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx
import jwt

from jiuzhu_kit.testing import bearer, new_private_pem

ADMIN = bearer("admin", subject="test-admin")
PASSWORD = "correct horse battery"


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def make_person(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    body = {"kind": "user", "username": unique("p"), "name": "测试", "password": PASSWORD, **fields}
    created = await client.post("/v1/identities", json=body, headers=ADMIN)
    assert created.status_code == 201, created.text
    return {**created.json(), "password": body["password"]}


async def make_partner(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    body = {"kind": "partner", "client_id": unique("c"), "name": "伙伴", **fields}
    created = await client.post("/v1/identities", json=body, headers=ADMIN)
    assert created.status_code == 201, created.text
    return created.json()


async def token(client: httpx.AsyncClient, **form: str) -> httpx.Response:
    return await client.post("/v1/auth/token", data=form)


async def claims_of(client: httpx.AsyncClient, access_token: str) -> dict[str, Any]:
    jwks = (await client.get("/.well-known/jwks.json")).json()
    kid = jwt.get_unverified_header(access_token)["kid"]
    key = next(k for k in jwks["keys"] if k["kid"] == kid)
    return jwt.decode(
        access_token,
        jwt.PyJWK(key).key,
        algorithms=[key["alg"]],
        audience="jiuzhu",
        issuer="jiuzhu-gateway",
    )


async def test_a_caseworker_logs_in_and_gets_the_contract_claims(client: httpx.AsyncClient) -> None:
    person = await make_person(client, roles=["caseworker"], region_scope="431028")
    answer = await token(
        client, grant_type="password", username=person["username"], password=PASSWORD
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    body = answer.json()
    assert body["token_type"] == "Bearer" and body["refresh_token"]
    claims = await claims_of(client, body["access_token"])
    assert claims["sub"] == person["id"]
    assert claims["roles"] == ["caseworker"] and claims["region"] == "431028"
    assert claims["kind"] == "user" and claims["name"] == "测试"
    assert 0 < claims["exp"] - claims["iat"] <= 900
    me = await client.get("/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["identity"]["username"] == person["username"]


async def test_partners_get_their_sources_or_organization_and_no_refresh_token(
    client: httpx.AsyncClient,
) -> None:
    data = await make_partner(client, role="data_partner", allowed_sources=["medical_insurance"])
    charity = await make_partner(client, role="charity_partner", organization_id="org-42")
    for partner, claim, value in (
        (data, "sources", ["medical_insurance"]),
        (charity, "org", "org-42"),
    ):
        answer = await token(
            client,
            grant_type="client_credentials",
            client_id=partner["username"],
            client_secret=partner["client_secret"],
        )
        assert answer.status_code == 200, answer.text
        assert "refresh_token" not in answer.json()
        claims = await claims_of(client, answer.json()["access_token"])
        assert claims[claim] == value and claims["kind"] == "partner"


async def test_a_partner_secret_is_stored_hashed_and_shown_once(client: httpx.AsyncClient) -> None:
    partner = await make_partner(client, role="data_partner", allowed_sources=["civil_affairs"])
    listed = (await client.get("/v1/identities?limit=200", headers=ADMIN)).json()
    row = next(i for i in listed if i["id"] == partner["id"])
    assert "client_secret" not in row and partner["client_secret"] not in str(listed)


async def test_wrong_client_secret_is_invalid_client(client: httpx.AsyncClient) -> None:
    partner = await make_partner(client, role="data_partner", allowed_sources=["tax"])
    answer = await token(
        client, grant_type="client_credentials", client_id=partner["username"], client_secret="nope"
    )
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"


async def test_a_rotated_secret_replaces_the_old_one_after_a_grace_period(
    client: httpx.AsyncClient,
) -> None:
    partner = await make_partner(client, role="data_partner", allowed_sources=["housing"])
    old = partner["client_secret"]
    partner_token = (
        await token(
            client,
            grant_type="client_credentials",
            client_id=partner["username"],
            client_secret=old,
        )
    ).json()["access_token"]
    rotated = await client.post(
        f"/v1/identities/{partner['id']}/secret",
        headers={"Authorization": f"Bearer {partner_token}"},
    )
    assert rotated.status_code == 200, rotated.text
    new = rotated.json()["client_secret"]
    assert new != old
    for secret in (new, old):  # the old one still works during the grace period
        answer = await token(
            client,
            grant_type="client_credentials",
            client_id=partner["username"],
            client_secret=secret,
        )
        assert answer.status_code == 200
    other = await make_partner(client, role="data_partner", allowed_sources=["housing"])
    stolen = await client.post(
        f"/v1/identities/{other['id']}/secret",
        headers={"Authorization": f"Bearer {partner_token}"},
    )
    assert stolen.status_code == 404, "a partner rotates only its own secret"


async def test_a_refresh_token_works_once_and_its_reuse_ends_the_session(
    client: httpx.AsyncClient,
) -> None:
    person = await make_person(client, roles=["applicant"])
    first = (
        await token(client, grant_type="password", username=person["username"], password=PASSWORD)
    ).json()
    second = await token(client, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert second.status_code == 200, second.text
    replay = await token(client, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    # The replay suggests theft: the token issued by the legitimate refresh is revoked too.
    after = await token(
        client, grant_type="refresh_token", refresh_token=second.json()["refresh_token"]
    )
    assert after.status_code == 400


async def test_scope_narrows_the_roles_and_cannot_widen_them(client: httpx.AsyncClient) -> None:
    person = await make_person(client, roles=["caseworker", "reviewer"], region_scope="431028")
    narrow = await token(
        client,
        grant_type="password",
        username=person["username"],
        password=PASSWORD,
        scope="caseworker",
    )
    assert narrow.status_code == 200
    assert (await claims_of(client, narrow.json()["access_token"]))["roles"] == ["caseworker"]
    wide = await token(
        client, grant_type="password", username=person["username"], password=PASSWORD, scope="admin"
    )
    assert wide.status_code == 400 and wide.json()["error"] == "invalid_scope"


async def test_repeated_wrong_passwords_lock_the_account(client: httpx.AsyncClient) -> None:
    person = await make_person(client, roles=["reviewer"], region_scope="431028")
    for _ in range(3):  # the test gateway's threshold
        wrong = await token(
            client, grant_type="password", username=person["username"], password="wrong-one!"
        )
        assert wrong.status_code == 400
    locked = await token(
        client, grant_type="password", username=person["username"], password=PASSWORD
    )
    assert locked.status_code == 400
    assert "locked" in locked.json()["detail"] and int(locked.headers["retry-after"]) > 0
    reset = await client.put(
        f"/v1/identities/{person['id']}/password",
        json={"password": "a brand new one"},
        headers=ADMIN,
    )
    assert reset.status_code == 200
    unlocked = await token(
        client, grant_type="password", username=person["username"], password="a brand new one"
    )
    assert unlocked.status_code == 200


async def test_an_unknown_user_and_a_wrong_password_look_the_same(
    client: httpx.AsyncClient,
) -> None:
    person = await make_person(client, roles=["applicant"])
    unknown = await token(client, grant_type="password", username="nobody-here", password=PASSWORD)
    wrong = await token(
        client, grant_type="password", username=person["username"], password="not it at all"
    )
    assert unknown.status_code == wrong.status_code == 400
    assert unknown.json()["detail"] == wrong.json()["detail"]


async def test_a_bad_token_request_names_the_field(client: httpx.AsyncClient) -> None:
    unsupported = await token(client, grant_type="implicit")
    assert unsupported.status_code == 422
    assert unsupported.json()["errors"][0]["field"] == "grant_type"
    missing = await client.post("/v1/auth/token", json={"grant_type": "password", "username": "x"})
    assert missing.status_code == 400 and "password" in missing.json()["detail"]


async def test_identity_management_is_for_admins(client: httpx.AsyncClient) -> None:
    body = {
        "kind": "user",
        "username": unique("p"),
        "name": "x",
        "roles": ["admin"],
        "password": PASSWORD,
    }
    refused = await client.post(
        "/v1/identities", json=body, headers=bearer("caseworker", region="431028")
    )
    assert refused.status_code == 403
    no_region = {**body, "roles": ["caseworker"]}
    invalid = await client.post("/v1/identities", json=no_region, headers=ADMIN)
    assert invalid.status_code == 422 and invalid.json()["errors"][0]["field"] == "region_scope"


async def test_a_configured_signing_key_signs_and_is_published(
    gateway_with: Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]],
) -> None:
    pem = new_private_pem()
    async with gateway_with(jwt_signing_key=pem, jwt_key_id="gateway") as client:
        person = await make_person(client, roles=["auditor"])
        answer = await token(
            client, grant_type="password", username=person["username"], password=PASSWORD
        )
        access = answer.json()["access_token"]
        assert jwt.get_unverified_header(access)["kid"] == "gateway"
        assert (await claims_of(client, access))["roles"] == ["auditor"]
        me = await client.get("/v1/me", headers={"Authorization": f"Bearer {access}"})
        assert me.status_code == 200
