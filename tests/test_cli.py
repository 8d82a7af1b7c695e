"""The `jiuzhu` command line against the running suite, run as the installed console script.

Partner systems and ops teams use it instead of hand-rolled HTTP: a data partner created by an admin
logs in with its client credentials, uploads a feed with good and bad rows, follows the job to the
end and downloads the error report naming the bad rows; failures print the problem and exit non-zero.
"""

from __future__ import annotations

import asyncio
import csv
import gzip
import io
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import Stack

ROOT = Path(__file__).resolve().parents[1]
JIUZHU = str(Path(sys.executable).parent / "jiuzhu")


def token_of(headers: dict[str, str]) -> str:
    return headers["Authorization"].removeprefix("Bearer ")


ADMIN_TOKEN = token_of(bearer("admin", subject="cli-admin"))


@dataclass
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)


async def jiuzhu(stack: Stack, *args: str, token_file: Path, token: str | None = None) -> Ran:
    """Run the console script as a partner's or an operator's shell would."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JIUZHU_")}
    env.update({"JIUZHU_GATEWAY": stack.gateway_url, "JIUZHU_TOKEN_FILE": str(token_file)})
    env["COLUMNS"] = "200"
    if token:
        env["JIUZHU_TOKEN"] = token
    done = await asyncio.to_thread(
        subprocess.run, [JIUZHU, *args], env=env, capture_output=True, text=True, timeout=120
    )
    return Ran(done.returncode, done.stdout, done.stderr)


async def new_data_partner(stack: Stack, tmp_path: Path) -> tuple[str, str]:
    """An admin creates a medical-insurance data partner with the CLI; its id and secret."""
    client_id = f"mi-{uuid.uuid4().hex[:8]}"
    created = await jiuzhu(
        stack,
        "--json",
        "identities",
        "create",
        "partner",
        client_id,
        "--name",
        "县医保局",
        "--role",
        "data_partner",
        "--source",
        "medical_insurance",
        token_file=tmp_path / "admin.json",
        token=ADMIN_TOKEN,
    )
    assert created.code == 0, created.err
    secret = created.json()["client_secret"]
    assert secret
    return client_id, secret


def new_person() -> str:
    n = uuid.uuid4().int
    return resident_id.make("431028", date(1960 + n % 40, 1 + n % 12, 1 + n % 28), n % 997)


def feed_rows(who: str, prefix: str) -> tuple[bytes, list[tuple[str, str]]]:
    """A gzipped CSV feed: 6 good rows and 2 bad ones (a wrong ID check digit, a negative cost)."""
    wrong_check_digit = who[:-1] + ("0" if who[-1] != "0" else "1")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["source", "source_record_id", "id_number", "kind", "type", "amount_yuan", "date"]
    )
    for i in range(8):
        id_number, amount = who, f"{100 + i}.50"
        if i == 3:
            id_number = wrong_check_digit
        if i == 6:
            amount = "-5.00"
        writer.writerow(
            ["medical_insurance", f"{prefix}-{i}", id_number, "expenditure",
             "medical_out_of_pocket", amount, "2026-09-01"]
        )  # fmt: skip
    # Line 1 is the header: row i is line i + 2.
    return gzip.compress(out.getvalue().encode()), [("5", "id_number"), ("8", "amount_yuan")]


async def test_a_partner_uploads_a_feed_follows_its_job_and_gets_the_bad_rows_named(
    stack: Stack, tmp_path: Path
) -> None:
    client_id, secret = await new_data_partner(stack, tmp_path)
    token_file = tmp_path / "partner.json"
    login = await jiuzhu(
        stack, "--json", "login", "--client-id", client_id, "--client-secret", secret,
        token_file=token_file,
    )  # fmt: skip
    assert login.code == 0, login.err
    assert login.json()["roles"] == ["data_partner"]
    assert oct(token_file.stat().st_mode & 0o777) == "0o600"
    assert secret not in token_file.read_text()

    who, prefix = new_person(), uuid.uuid4().hex[:8]
    body, bad = feed_rows(who, prefix)
    feed = tmp_path / "medical.csv.gz"
    feed.write_bytes(body)
    report = tmp_path / "errors.csv"
    uploaded = await jiuzhu(
        stack, "--json", "feeds", "upload", str(feed), "--errors-out", str(report),
        token_file=token_file,
    )  # fmt: skip
    # Finished with rejected rows: exit code 3, the job as JSON, the report on disk.
    assert uploaded.code == 3, uploaded.err
    job = uploaded.json()
    assert job["status"] == "completed"
    assert job["compressed"] is True
    assert (job["rows_read"], job["rows_accepted"], job["rows_rejected"]) == (8, 6, 2)
    assert job["records_created"] == 6
    rows = list(csv.DictReader(io.StringIO(report.read_text())))
    assert [(r["line"], r["field"]) for r in rows] == bad
    assert all(r["reason"] for r in rows)

    status = await jiuzhu(stack, "feeds", "status", job["id"], token_file=token_file)
    assert status.code == 0, status.err
    assert "completed" in status.out and "rows_rejected" in status.out


async def test_errors_print_the_problem_title_and_detail_and_exit_non_zero(
    stack: Stack, tmp_path: Path
) -> None:
    client_id, _ = await new_data_partner(stack, tmp_path)
    refused = await jiuzhu(
        stack, "login", "--client-id", client_id, "--client-secret", "not-the-secret",
        token_file=tmp_path / "t.json",
    )  # fmt: skip
    assert refused.code == 1
    assert "Error (401)" in refused.err
    assert not (tmp_path / "t.json").exists()

    missing = await jiuzhu(
        stack, "feeds", "status", str(uuid.uuid4()), token_file=tmp_path / "admin.json",
        token=ADMIN_TOKEN,
    )  # fmt: skip
    assert missing.code == 1
    assert "Error (404): Not found" in missing.err
    assert "Traceback" not in missing.err

    invalid = await jiuzhu(
        stack, "records", "push", "--source", "medical_insurance", "--source-record-id", "x-1",
        "--id-number", "123", "--kind", "income", "--type", "wage", "--amount-yuan", "10.00",
        token_file=tmp_path / "p.json", token=token_of(bearer(
            "data_partner", subject="cli-partner", sources=["medical_insurance"])),
    )  # fmt: skip
    assert invalid.code == 1
    assert "id_number" in invalid.err

    not_logged_in = await jiuzhu(stack, "whoami", token_file=tmp_path / "nobody.json")
    assert not_logged_in.code == 1
    assert "Not logged in" in not_logged_in.err


async def test_an_admin_rotates_a_partner_secret_and_both_work_during_the_grace_period(
    stack: Stack, tmp_path: Path
) -> None:
    client_id, old_secret = await new_data_partner(stack, tmp_path)
    rotated = await jiuzhu(
        stack, "--json", "clients", "rotate-secret", client_id,
        token_file=tmp_path / "admin.json", token=ADMIN_TOKEN,
    )  # fmt: skip
    assert rotated.code == 0, rotated.err
    new_secret = rotated.json()["client_secret"]
    assert new_secret != old_secret
    for secret in (new_secret, old_secret):
        login = await jiuzhu(
            stack, "login", "--client-id", client_id, "--client-secret", secret,
            token_file=tmp_path / "partner.json",
        )  # fmt: skip
        assert login.code == 0, login.err


async def test_a_partner_pushes_one_record_and_a_resend_is_unchanged(
    stack: Stack, tmp_path: Path
) -> None:
    client_id, secret = await new_data_partner(stack, tmp_path)
    token_file = tmp_path / "partner.json"
    login = await jiuzhu(
        stack, "login", "--client-id", client_id, "--client-secret", secret, token_file=token_file
    )
    assert login.code == 0, login.err
    record = tmp_path / "record.json"
    who = new_person()
    record.write_text(
        json.dumps(
            {
                "source": "medical_insurance",
                "source_record_id": f"MI-{uuid.uuid4().hex[:8]}",
                "id_number": who,
                "kind": "expenditure",
                "type": "medical_out_of_pocket",
                "amount_yuan": "8800.00",
                "date": "2026-10-02",
            }
        )
    )
    outcomes = []
    for _ in range(2):
        pushed = await jiuzhu(
            stack, "--json", "records", "push", "--file", str(record), token_file=token_file
        )
        assert pushed.code == 0, pushed.err
        outcomes.append(pushed.json()["outcome"])
        assert who not in pushed.out  # the resident ID comes back masked
    assert outcomes == ["created", "unchanged"]


async def test_ops_run_a_screening_to_the_end_and_read_the_statistics_table(
    stack: Stack, tmp_path: Path
) -> None:
    ran = await jiuzhu(
        stack, "--json", "screening", "run", "--as-of", "2026-11-01",
        token_file=tmp_path / "admin.json", token=ADMIN_TOKEN,
    )  # fmt: skip
    assert ran.code == 0, ran.err
    job = ran.json()
    assert job["status"] == "completed"
    assert job["rules_done"] == job["rules_total"]
    table = await jiuzhu(
        stack, "monitoring", "stats", "--region", "431028", "--from", "2026-01-01",
        "--to", "2026-12-31", token_file=tmp_path / "admin.json", token=ADMIN_TOKEN,
    )  # fmt: skip
    assert table.code == 0, table.err
    assert "monitored people" in table.out
    assert "warnings raised" in table.out


async def test_an_admin_loads_a_catalog_and_a_broken_one_is_refused_naming_the_field(
    stack: Stack, tmp_path: Path
) -> None:
    shipped = ROOT / "services/matching/src/matching/catalog_data"
    document: dict = {}
    for name in ("policies.yaml", "parameters.yaml"):
        document.update(yaml.safe_load((shipped / name).read_text("utf-8")))
    good = tmp_path / "catalog.yaml"
    good.write_text(yaml.safe_dump(document, allow_unicode=True), "utf-8")
    admin_file = tmp_path / "admin.json"
    loaded = await jiuzhu(
        stack, "--json", "catalog", "load", str(good), "--note", "cli",
        token_file=admin_file, token=ADMIN_TOKEN,
    )  # fmt: skip
    assert loaded.code == 0, loaded.err
    assert loaded.json()["note"] == "cli"
    assert loaded.json()["published_by"] == "cli-admin"

    document["policies"][0]["conditions"][0]["when"] = "__import__('os').getcwd()"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False, default=str), "utf-8")
    refused = await jiuzhu(
        stack, "catalog", "load", str(broken), token_file=admin_file, token=ADMIN_TOKEN
    )
    assert refused.code == 1
    assert "document.policies[0].conditions[0].when" in refused.err


async def test_migrate_upgrades_a_services_database_with_its_own_scripts(tmp_path: Path) -> None:
    database = tmp_path / "gateway.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JIUZHU_", "GATEWAY_"))}
    env["GATEWAY_DATABASE_URL"] = f"sqlite+aiosqlite:///{database}"
    done = await asyncio.to_thread(
        subprocess.run,
        [JIUZHU, "migrate", "--service", "gateway"],
        cwd=ROOT / "services",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(database) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"identity", "audit_entry", "alembic_version"} <= tables
