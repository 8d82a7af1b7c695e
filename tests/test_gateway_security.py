"""Security across the suite: gateway-issued tokens, scope at every service, lockout, audit, no leaks.

Identities are created through the gateway's own API (the stack runs in `test`, where nothing is
seeded); people then log in with the password grant exactly as the apps do.
"""

from __future__ import annotations

import base64
import json
import re
import time
import uuid
from datetime import date
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from jiuzhu_kit import resident_id
from jiuzhu_kit.auth import DEV_KID, mint_token
from jiuzhu_kit.testing import bearer, new_private_pem
from tests.harness import Stack, eventually

ROOT = Path(__file__).resolve().parents[1]
ADMIN = bearer("admin", subject="e2e-admin")
AUDITOR = bearer("auditor", subject="e2e-auditor")
PASSWORD = "e2e correct horse battery"


def household(seq: int, region: str = "431028206") -> dict:
    return {
        "region_code": region,
        "address": "牌楼乡柏叶村",
        "registration": "rural",
        "members": [
            {
                "name": "李安全",
                "id_number": resident_id.make(region[:6], date(1970, 1, 2), seq),
                "relation": "head",
            }
        ],
    }


async def person(gateway: httpx.AsyncClient, role: str, region: str = "") -> dict:
    username = f"e2e-{role}-{uuid.uuid4().hex[:8]}"
    created = await gateway.post(
        "/v1/identities",
        json={
            "kind": "user",
            "username": username,
            "name": f"e2e {role}",
            "roles": [role],
            "region_scope": region,
            "password": PASSWORD,
        },
        headers=ADMIN,
    )
    assert created.status_code == 201, created.text
    return created.json()


async def login(
    gateway: httpx.AsyncClient, username: str, password: str = PASSWORD
) -> httpx.Response:
    return await gateway.post(
        "/v1/auth/token",
        data={"grant_type": "password", "username": username, "password": password},
    )


async def auth_as(gateway: httpx.AsyncClient, role: str, region: str = "") -> dict[str, str]:
    who = await person(gateway, role, region)
    answer = await login(gateway, who["username"])
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


async def readable(gateway: httpx.AsyncClient, hid: str, headers: dict[str, str]) -> httpx.Response:
    """The creator's first read. Polled: the kit's session commits after the 201 is sent (see
    gateway/README.md), so an immediate read may race the commit; scope is what is tested here."""

    async def read() -> httpx.Response | bool:
        response = await gateway.get(f"/v1/households/{hid}", headers=headers)
        return response if response.status_code == 200 else False

    found = await eventually(read, timeout_s=5.0, interval_s=0.05)
    assert isinstance(found, httpx.Response)
    return found


async def test_region_scope_holds_through_the_gateway_and_its_overview(
    gateway: httpx.AsyncClient,
) -> None:
    anren = await auth_as(gateway, "caseworker", "431028")
    conghua = await auth_as(gateway, "caseworker", "440117")
    created = await gateway.post("/v1/households", json=household(301), headers=anren)
    assert created.status_code == 201, created.text
    hid = created.json()["id"]
    await readable(gateway, hid, anren)
    assert (await gateway.get(f"/v1/households/{hid}", headers=conghua)).status_code == 404
    assert (await gateway.get(f"/v1/households/{hid}/overview", headers=conghua)).status_code == 404
    overview = await gateway.get(f"/v1/households/{hid}/overview", headers=anren)
    assert overview.status_code == 200
    body = overview.json()
    assert body["household"]["data"]["id"] == hid
    for part in ("applications", "latest_check", "plan"):
        assert body[part]["status"] in ("ok", "empty"), (part, body[part])


@pytest.mark.process_control
async def test_the_overview_marks_a_stopped_service_instead_of_failing(
    gateway: httpx.AsyncClient, stack: Stack
) -> None:
    reviewer = await auth_as(gateway, "reviewer", "431028")
    caseworker = await auth_as(gateway, "caseworker", "431028")
    created = await gateway.post("/v1/households", json=household(304), headers=caseworker)
    hid = created.json()["id"]
    await readable(gateway, hid, reviewer)
    stack.stop("matching")
    try:
        overview = await gateway.get(f"/v1/households/{hid}/overview", headers=reviewer)
    finally:
        await stack.start("matching")
    assert overview.status_code == 200
    body = overview.json()
    assert body["plan"]["status"] == "unavailable" and body["complete"] is False
    assert body["household"]["status"] == "ok"


async def test_an_applicant_sees_only_their_own_household(gateway: httpx.AsyncClient) -> None:
    mine = await auth_as(gateway, "applicant")
    theirs = await auth_as(gateway, "applicant")
    created = await gateway.post("/v1/households", json=household(302), headers=mine)
    assert created.status_code == 201, created.text
    hid = created.json()["id"]
    own = await readable(gateway, hid, mine)
    assert "*" in own.json()["members"][0]["id_number"], "applicants see ID numbers masked"
    assert (await gateway.get(f"/v1/households/{hid}", headers=theirs)).status_code == 404


async def test_partners_do_not_reach_household_data(gateway: httpx.AsyncClient) -> None:
    charity = bearer("charity_partner", organization_id="org-e2e")
    data = bearer("data_partner", sources=["medical_insurance"])
    for headers in (charity, data):
        assert (await gateway.get("/v1/households", headers=headers)).status_code == 403


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _bad_tokens() -> dict[str, str]:
    now = int(time.time())
    none_header = {"alg": "none", "typ": "JWT", "kid": DEV_KID}
    none_claims = {
        "iss": "jiuzhu-gateway",
        "aud": "jiuzhu",
        "sub": "x",
        "exp": now + 600,
        "roles": ["admin"],
    }
    return {
        "expired": mint_token(subject="x", roles=["admin"], now=now - 3600, ttl_s=60),
        "wrongly signed": mint_token(
            subject="x", roles=["admin"], private_pem=new_private_pem(), kid=DEV_KID
        ),
        "alg none": f"{_b64(none_header)}.{_b64(none_claims)}.",
        "wrong audience": mint_token(subject="x", roles=["admin"], audience="other"),
        "wrong issuer": mint_token(subject="x", roles=["admin"], issuer="https://evil.example"),
    }


@pytest.mark.parametrize("case", sorted(_bad_tokens()))
async def test_bad_tokens_are_refused_by_the_gateway_and_by_the_service(
    gateway: httpx.AsyncClient, stack: Stack, case: str
) -> None:
    headers = {"Authorization": f"Bearer {_bad_tokens()[case]}"}
    assert (await gateway.get("/v1/households", headers=headers)).status_code == 401
    if stack.controllable:
        async with httpx.AsyncClient(base_url=stack.service_url("intake")) as intake:
            assert (await intake.get("/v1/households", headers=headers)).status_code == 401


async def test_gateway_tokens_are_trusted_by_the_services_themselves(
    gateway: httpx.AsyncClient, stack: Stack
) -> None:
    if not stack.controllable:
        pytest.skip("needs direct access to a service")
    reviewer = await auth_as(gateway, "reviewer", "431028")
    async with httpx.AsyncClient(base_url=stack.service_url("intake")) as intake:
        assert (await intake.get("/v1/households", headers=reviewer)).status_code == 200


async def test_repeated_wrong_passwords_lock_the_account(gateway: httpx.AsyncClient) -> None:
    who = await person(gateway, "caseworker", "431028")
    for _ in range(5):
        assert (await login(gateway, who["username"], "not the password")).status_code == 400
    locked = await login(gateway, who["username"])
    assert locked.status_code == 400 and "locked" in locked.json()["detail"]
    assert int(locked.headers["retry-after"]) > 0


async def test_unmasked_reads_are_audited_for_auditors(gateway: httpx.AsyncClient) -> None:
    caseworker = await auth_as(gateway, "caseworker", "431028")
    created = await gateway.post("/v1/households", json=household(303), headers=caseworker)
    hid = created.json()["id"]
    await readable(gateway, hid, caseworker)
    request_id = f"e2e-audit-{uuid.uuid4().hex[:8]}"
    read = await gateway.get(
        f"/v1/households/{hid}",
        headers={**caseworker, "X-Request-ID": request_id, "X-Purpose": quote("入户核查")},
    )
    assert read.status_code == 200
    found = await gateway.get("/v1/audit", params={"request_id": request_id}, headers=AUDITOR)
    [entry] = found.json()["items"]
    assert entry["path"] == f"/v1/households/{hid}" and entry["purpose"] == "入户核查"
    assert (await gateway.get("/v1/audit", headers=caseworker)).status_code == 403


async def test_no_secret_reaches_the_gateway_log(gateway: httpx.AsyncClient, stack: Stack) -> None:
    if not stack.controllable:
        pytest.skip("needs the local process logs")
    who = await person(gateway, "reviewer", "431028")
    answer = await login(gateway, who["username"])
    await login(gateway, who["username"], "a wrong secret-ish password")
    partner = await gateway.post(
        "/v1/identities",
        json={
            "kind": "partner",
            "client_id": f"e2e-mi-{uuid.uuid4().hex[:6]}",
            "name": "医保",
            "role": "data_partner",
            "allowed_sources": ["medical_insurance"],
        },
        headers=ADMIN,
    )
    secret = partner.json()["client_secret"]
    await gateway.post(
        "/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": partner.json()["username"],
            "client_secret": secret,
        },
    )
    body = answer.json()
    await gateway.get("/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    log = stack.processes["gateway"].log_path.read_text()
    assert "/v1/auth/token" in log, "the log does record the requests"
    for leaked in (
        PASSWORD,
        "a wrong secret-ish password",
        secret,
        body["access_token"],
        body["refresh_token"],
    ):
        assert leaked not in log


def test_no_private_key_or_secret_hash_is_in_the_repository() -> None:
    # Key material (a base64 body after the BEGIN line), not placeholders like deploy's CHANGE-ME.
    pattern = re.compile(
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----\s*\n\s*[A-Za-z0-9+/=]{40,}|\$argon2id?\$v=\d+\$m="
    )
    skipped = {
        ".git",
        ".venv",
        ".tools",
        "var",
        "node_modules",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
    offenders = []
    for path in ROOT.rglob("*"):
        if any(part in skipped for part in path.relative_to(ROOT).parts) or not path.is_file():
            continue
        if path.suffix not in {
            ".py",
            ".md",
            ".toml",
            ".yaml",
            ".yml",
            ".json",
            ".env",
            ".ini",
            ".txt",
            ".cfg",
            "",
        }:
            continue
        try:
            text = path.read_text(errors="ignore")
        except OSError:
            continue
        if pattern.search(text) and path.name != Path(__file__).name:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
