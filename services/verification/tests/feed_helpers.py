"""What the bulk-feed tests share: the partners' tokens, the feeds' rows, the upload."""

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from verification.main import build_app
from verification.settings import VerificationSettings

SERVICE_DIR = Path(__file__).resolve().parents[1]
PARTNER = bearer("data_partner", subject="partner-feeds", sources=["medical_insurance", "banks"])
OTHER_PARTNER = bearer("data_partner", subject="partner-other", sources=["medical_insurance"])
ADMIN = bearer("admin")
NDJSON = {"content-type": "application/x-ndjson"}
CSV = {"content-type": "text/csv"}


def service_app(database_url: str, spool: Path, **settings: Any) -> FastAPI:
    """The service as the tests run it: test environment, outbox relay off, feeds spooled under
    `spool`; `settings` on top."""
    return build_app(
        VerificationSettings(
            database_url=database_url,
            environment="test",
            outbox_relay_enabled=False,
            feed_spool_dir=str(spool),
            **settings,
        )
    )


def new_person() -> str:
    n = uuid.uuid4().int
    return resident_id.make("430211", date(1950 + n % 50, 1 + n % 12, 1 + n % 28), n % 997)


def rows(who: str, prefix: str, count: int, amount: str = "100.00") -> list[dict]:
    return [
        {
            "source": "medical_insurance",
            "source_record_id": f"{prefix}-{i}",
            "id_number": who,
            "kind": "expenditure",
            "type": "medical_out_of_pocket",
            "amount_yuan": amount,
            "date": "2026-02-01",
        }
        for i in range(count)
    ]


def ndjson(items: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items).encode()


async def upload(client: httpx.AsyncClient, body: bytes, headers: dict, token: dict = PARTNER):
    return await client.post("/v1/data-feeds?wait=true", content=body, headers={**headers, **token})
