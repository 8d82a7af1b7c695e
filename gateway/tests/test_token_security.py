"""Tokens the gateway must refuse, and roles reaching beyond what a route declares."""

from __future__ import annotations

import base64
import json
import time

import httpx
import pytest

from jiuzhu_kit.auth import DEV_KID, mint_token
from jiuzhu_kit.testing import bearer, new_private_pem


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _unsigned() -> str:
    now = int(time.time())
    header = {"alg": "none", "typ": "JWT", "kid": DEV_KID}
    claims = {
        "iss": "jiuzhu-gateway",
        "aud": "jiuzhu",
        "sub": "mallory",
        "exp": now + 600,
        "roles": ["admin"],
    }
    return f"{_b64(header)}.{_b64(claims)}."


REFUSED = {
    "expired": mint_token(subject="a", roles=["admin"], now=time.time() - 3600, ttl_s=60),
    "signed by an unknown key": mint_token(
        subject="a", roles=["admin"], private_pem=new_private_pem(), kid="evil"
    ),
    "signed by another key under our kid": mint_token(
        subject="a", roles=["admin"], private_pem=new_private_pem(), kid=DEV_KID
    ),
    "alg none": _unsigned(),
    "wrong audience": mint_token(subject="a", roles=["admin"], audience="someone-else"),
    "wrong issuer": mint_token(subject="a", roles=["admin"], issuer="https://evil.example"),
    "garbage": "not-a-jwt",
}


@pytest.mark.parametrize("case", sorted(REFUSED))
@pytest.mark.parametrize("path", ["/v1/me", "/v1/policies", "/v1/households/x/overview"])
async def test_a_bad_token_is_refused_before_anything_is_served(
    client: httpx.AsyncClient, case: str, path: str
) -> None:
    response = await client.get(path, headers={"Authorization": f"Bearer {REFUSED[case]}"})
    assert response.status_code == 401, (case, response.text)
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"] == "Bearer"


async def test_no_token_is_a_401_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/policies")
    assert response.status_code == 401 and "Authorization" in response.json()["detail"]


@pytest.mark.parametrize(
    ("role", "method", "path"),
    [
        ("applicant", "POST", "/v1/policies"),
        ("applicant", "GET", "/v1/checks"),
        ("charity_partner", "GET", "/v1/households"),
        ("data_partner", "GET", "/v1/referrals"),
        ("caseworker", "POST", "/v1/data-feeds"),
        ("auditor", "POST", "/v1/households"),
        ("caseworker", "GET", "/v1/audit"),
        ("admin", "GET", "/v1/audit"),
        ("reviewer", "POST", "/v1/identities"),
    ],
)
async def test_a_role_beyond_the_route_is_refused_at_the_gateway(
    client: httpx.AsyncClient, role: str, method: str, path: str
) -> None:
    response = await client.request(method, path, headers=bearer(role, region="431028"), json={})
    assert response.status_code == 403, response.text
    assert role in response.json()["detail"]
