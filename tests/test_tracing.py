"""One trace from a request at the gateway, through intake, to verification via the outbox."""

import json
from datetime import date
from pathlib import Path

import httpx
import pytest

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer
from tests.harness import Stack, eventually


def log_lines(log: Path) -> list[dict]:
    return [
        json.loads(raw)
        for raw in log.read_text(encoding="utf-8", errors="replace").splitlines()
        if raw.startswith("{")
    ]


def access_lines(log: Path) -> list[dict]:
    return [line for line in log_lines(log) if line.get("logger") == "jiuzhu.access"]


@pytest.mark.process_control
async def test_a_request_keeps_one_trace_id_from_the_gateway_to_verification(
    gateway: httpx.AsyncClient, stack: Stack
) -> None:
    request_id = "trace-e2e-1"
    household = {
        "region_code": "431028206",
        "address": "牌楼乡柏叶村",
        "registration": "rural",
        "members": [
            {
                "name": "追踪测试",
                "id_number": resident_id.make("431028", date(1970, 1, 9), 771),
                "relation": "head",
            }
        ],
    }
    created = await gateway.post(
        "/v1/households",
        json=household,
        headers={**bearer("caseworker", region="431028"), "X-Request-ID": request_id},
    )
    assert created.status_code == 201, created.text
    logs = {name: proc.log_path for name, proc in stack.processes.items()}

    async def trace_of(service: str, path: str) -> str | None:
        for line in access_lines(logs[service]):
            if line.get("request_id") == request_id and line.get("path") == path:
                return str(line.get("trace_id"))
        return None

    at_gateway = await eventually(lambda: trace_of("gateway", "/v1/households"))
    assert len(at_gateway) == 32 and at_gateway != "0" * 32
    assert await eventually(lambda: trace_of("intake", "/v1/households")) == at_gateway

    async def event_traces() -> list[str]:
        # A lone event is posted to /internal/events under its trace; in a batch, each event is
        # applied (and logged) in its own.
        return [
            str(line.get("trace_id"))
            for line in log_lines(logs["verification"])
            if (line.get("logger") == "jiuzhu.access" and line.get("path") == "/internal/events")
            or (line.get("logger") == "jiuzhu_kit.outbox" and line.get("outcome") == "applied")
        ]

    async def joined() -> bool:
        return at_gateway in await event_traces()

    # The outbox delivery happens later, in the relay, yet joins the trace of the request.
    await eventually(joined)
