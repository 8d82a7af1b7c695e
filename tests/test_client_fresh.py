"""The generated client (`libs/jiuzhu_client`) is current, and usable for a whole partner flow.

The committed package must equal what `make client` generates from today's merged OpenAPI: change an
endpoint or a schema without regenerating and the first test fails, naming the files that differ.
"""

from __future__ import annotations

import asyncio
import filecmp
import importlib.util
import json
import shutil
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from jiuzhu_client import AuthenticatedClient, Client
from jiuzhu_client.api.auth import issue_token_v1_auth_token_post as issue_token
from jiuzhu_client.api.identities import create_identity_v1_identities_post as create_identity
from jiuzhu_client.api.records import verification_get_record_v1_records_record_id_get as get_record
from jiuzhu_client.api.records import verification_push_record_v1_records_post as push_record
from jiuzhu_client.models.identity_created import IdentityCreated
from jiuzhu_client.models.issue_token_v1_auth_token_post_token_request import (
    IssueTokenV1AuthTokenPostTokenRequest as TokenRequest,
)
from jiuzhu_client.models.partner_create import PartnerCreate
from jiuzhu_client.models.record_create import RecordCreate
from jiuzhu_client.models.record_read import RecordRead
from jiuzhu_client.models.record_write_result import RecordWriteResult
from jiuzhu_client.models.token_response import TokenResponse
from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import Stack

ROOT = Path(__file__).resolve().parents[1]
CODEGEN = ROOT / "libs/jiuzhu_cli/codegen"
COMMITTED = ROOT / "libs/jiuzhu_client/src/jiuzhu_client"


def codegen_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"codegen_{name}", CODEGEN / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def differences(expected: Path, actual: Path) -> list[str]:
    """Files missing, extra or different in `actual` compared with `expected` (relative paths)."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    wanted, present = files(expected), files(actual)
    changed = [
        f
        for f in sorted(wanted & present)
        if not filecmp.cmp(expected / f, actual / f, shallow=False)
    ]
    return (
        [f"missing: {f}" for f in sorted(wanted - present)]
        + [f"not generated any more: {f}" for f in sorted(present - wanted)]
        + [f"differs: {f}" for f in changed]
    )


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("client") / "jiuzhu_client"
    done = subprocess.run(
        [sys.executable, str(CODEGEN / "generate_client.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return out


def test_the_committed_client_is_what_make_client_generates_today(regenerated: Path) -> None:
    stale = differences(regenerated, COMMITTED)
    assert not stale, "the committed client is stale, run `make client`:\n" + "\n".join(stale[:40])


def test_a_client_missing_an_endpoint_or_with_an_edited_model_is_reported_stale(
    regenerated: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "jiuzhu_client"
    shutil.copytree(regenerated, copy)
    (copy / "api/records/verification_push_record_v1_records_post.py").unlink()
    edited = copy / "models/record_create.py"
    edited.write_text(edited.read_text().replace("source_record_id", "source_id"))
    assert differences(regenerated, copy) == [
        "missing: api/records/verification_push_record_v1_records_post.py",
        "differs: models/record_create.py",
    ]


async def test_the_document_generated_from_is_the_one_the_running_gateway_serves(
    gateway: httpx.AsyncClient,
) -> None:
    served = (await gateway.get("/openapi.json")).json()
    assert all(s["available"] for s in served["x-services"].values()), served["x-services"]
    built = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, str(CODEGEN / "merged_openapi.py")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    for_generation = codegen_module("merged_openapi").for_generation
    assert json.loads(built.stdout) == for_generation(served)


async def test_a_data_partner_logs_in_pushes_a_record_and_reads_it_back_with_the_client(
    stack: Stack,
) -> None:
    admin = AuthenticatedClient(
        base_url=stack.gateway_url,
        token=bearer("admin", subject="client-admin")["Authorization"].removeprefix("Bearer "),
    )
    client_id = f"client-mi-{uuid.uuid4().hex[:8]}"
    created = await create_identity.asyncio_detailed(
        client=admin,
        body=PartnerCreate(
            kind="partner",
            client_id=client_id,
            name="市医保局",
            role="data_partner",
            allowed_sources=["medical_insurance"],
        ),
    )
    assert isinstance(created.parsed, IdentityCreated), created.content
    assert isinstance(created.parsed.client_secret, str)

    granted = await issue_token.asyncio_detailed(
        client=Client(base_url=stack.gateway_url),
        body=TokenRequest(
            grant_type="client_credentials",
            client_id=client_id,
            client_secret=created.parsed.client_secret,
        ),
    )
    assert isinstance(granted.parsed, TokenResponse), granted.content
    partner = AuthenticatedClient(base_url=stack.gateway_url, token=granted.parsed.access_token)

    n = uuid.uuid4().int
    who = resident_id.make("440117", date(1975, 1 + n % 12, 1 + n % 28), n % 997)
    pushed = await push_record.asyncio_detailed(
        client=partner,
        body=RecordCreate(
            source="medical_insurance",
            source_record_id=f"MI-{uuid.uuid4().hex[:10]}",
            id_number=who,
            kind="expenditure",
            type_="medical_out_of_pocket",
            amount_yuan="12500.40",
            date="2026-08-30",
        ),
    )
    assert pushed.status_code == 201, pushed.content
    assert isinstance(pushed.parsed, RecordWriteResult)
    assert pushed.parsed.outcome == "created"

    read = await get_record.asyncio_detailed(pushed.parsed.id, client=partner)
    assert isinstance(read.parsed, RecordRead), read.content
    assert (read.parsed.type_, read.parsed.amount_yuan) == ("medical_out_of_pocket", "12500.40")
    assert read.parsed.effective_on == date(2026, 8, 30)
    assert who not in read.parsed.id_number_masked
