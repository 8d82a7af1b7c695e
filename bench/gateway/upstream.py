"""The benchmark's service: built with the kit's app factory like every service, one small route.

`uvicorn upstream:app` (cwd bench/gateway). It has the services' whole middleware stack (request id,
JSON access log, metrics, tracing, token verification and roles) but no database work, so the
benchmark measures what the gateway adds, not what a query costs.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic_settings import SettingsConfigDict

from jiuzhu_kit.app import create_app
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.settings import ServiceSettings


class BenchSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="BENCH_", extra="ignore")

    service_name: str = "bench-upstream"


router = APIRouter()
Reader = Annotated[Principal, Depends(require_roles("auditor", "caseworker", "admin"))]


@router.get("/v1/policies/bench")
async def policy(principal: Reader) -> dict[str, str]:
    return {"code": "minimum_living_allowance", "name_zh": "最低生活保障", "amount_yuan": "720.00"}


app = create_app(
    settings=BenchSettings(),
    title="bench upstream",
    description="A small authenticated GET for bench/gateway.",
    routers=[router],
)
