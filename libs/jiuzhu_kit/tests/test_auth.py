"""Tokens: signature, expiry, issuer and audience are checked; roles gate routes."""

import base64
import json
import time
from datetime import datetime, tzinfo

import httpx
import jwt
import pytest

from jiuzhu_kit.auth import DEV_KID, TokenVerifier, dev_jwks, mint_token
from jiuzhu_kit.errors import Unauthorized
from jiuzhu_kit.testing import bearer, new_private_pem


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_a_valid_token_yields_the_principal(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/me", headers=bearer("caseworker", subject="cw-1", region="431028")
    )
    assert response.json() == {"sub": "cw-1", "roles": ["caseworker"]}


async def test_no_token_is_401_with_a_bearer_challenge(client: httpx.AsyncClient) -> None:
    response = await client.get("/me")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_expired_token_is_refused(client: httpx.AsyncClient) -> None:
    token = mint_token(subject="u", roles=["caseworker"], now=time.time() - 3600, ttl_s=60)
    response = await client.get("/me", headers=_auth(token))
    assert response.status_code == 401 and "expired" in response.json()["detail"]


async def test_a_token_signed_by_an_untrusted_key_is_refused(client: httpx.AsyncClient) -> None:
    token = mint_token(
        subject="u", roles=["admin"], private_pem=new_private_pem(), kid="jiuzhu-dev-1"
    )
    assert (await client.get("/me", headers=_auth(token))).status_code == 401
    unknown_kid = mint_token(subject="u", roles=["admin"], private_pem=new_private_pem(), kid="x")
    assert (await client.get("/me", headers=_auth(unknown_kid))).status_code == 401


async def test_alg_none_is_refused(client: httpx.AsyncClient) -> None:
    def b64(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    claims = {
        "sub": "u",
        "roles": ["admin"],
        "iss": "jiuzhu-gateway",
        "aud": "jiuzhu",
        "exp": int(time.time()) + 600,
    }
    token = f"{b64({'alg': 'none', 'kid': 'jiuzhu-dev-1'})}.{b64(claims)}."
    assert (await client.get("/me", headers=_auth(token))).status_code == 401


async def test_wrong_audience_or_issuer_is_refused(client: httpx.AsyncClient) -> None:
    for kwargs in ({"audience": "someone-else"}, {"issuer": "evil"}):
        token = mint_token(subject="u", roles=["admin"], **kwargs)
        assert (await client.get("/me", headers=_auth(token))).status_code == 401


async def test_a_missing_role_is_403_naming_the_roles(client: httpx.AsyncClient) -> None:
    response = await client.get("/caseworkers", headers=bearer("applicant"))
    assert response.status_code == 403
    assert "caseworker" in response.json()["detail"]
    assert (await client.get("/caseworkers", headers=bearer("caseworker"))).status_code == 200


class _Clock:
    """Moves both clocks a verification reads: the verifier's cache and PyJWT's expiry check."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = time.time()
        clock = self

        class _Datetime(datetime):
            @classmethod
            def now(cls, tz: tzinfo | None = None) -> "_Datetime":
                return cls.fromtimestamp(clock.now, tz)

        monkeypatch.setattr(jwt.api_jwt, "datetime", _Datetime)
        monkeypatch.setattr(time, "time", lambda: clock.now)


def test_a_token_verified_once_is_still_refused_once_it_expires(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = _Clock(monkeypatch)
    verifier = TokenVerifier(issuer="jiuzhu-gateway", audience="jiuzhu", jwks=dev_jwks())
    token = mint_token(subject="cw-1", roles=["caseworker"], ttl_s=60, now=clock.now)
    assert verifier.verify(token).subject == "cw-1"
    clock.now += 50
    assert verifier.verify(token).roles == {"caseworker"}
    clock.now += 10 + verifier.leeway_s + 1
    with pytest.raises(Unauthorized, match="expired"):
        verifier.verify(token)


def test_each_token_is_verified_on_its_own() -> None:
    """The cache is keyed by the whole token: another token of the same subject is checked in full."""
    verifier = TokenVerifier(issuer="jiuzhu-gateway", audience="jiuzhu", jwks=dev_jwks())
    valid = mint_token(subject="cw-1", roles=["caseworker"])
    assert verifier.verify(valid).subject == "cw-1"
    forged = mint_token(subject="cw-1", roles=["admin"], private_pem=new_private_pem(), kid=DEV_KID)
    for _ in range(2):
        with pytest.raises(Unauthorized):
            verifier.verify(forged)
    assert verifier.verify(valid).roles == {"caseworker"}
