"""`POST /internal/clock`: lets the cross-service tests move intake's clock. Mounted only in test."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from intake.clock import clock, now
from jiuzhu_kit.auth import require_roles

router = APIRouter(tags=["internal"], include_in_schema=False)


class ClockMove(BaseModel):
    model_config = ConfigDict(extra="forbid")

    advance_seconds: float = Field(default=0, ge=0, le=400 * 86400)
    reset: bool = False


@router.post("/internal/clock", dependencies=[Depends(require_roles("admin", "service"))])
async def move_clock(data: ClockMove) -> dict[str, str]:
    if data.reset:
        clock.reset()
    clock.advance(timedelta(seconds=data.advance_seconds))
    return {"now": now().isoformat(), "offset_s": str(clock.offset.total_seconds())}
