"""Intake's clock: every time-dependent rule reads `clock.now()`, so tests move time instead of sleeping.

In production the offset is zero. Tests advance it in-process, or — for the cross-service tests
against real processes — through `POST /internal/clock`, which exists only when ENVIRONMENT=test.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from jiuzhu_kit.db import utcnow

SHANGHAI = ZoneInfo("Asia/Shanghai")


class Clock:
    """Wall-clock UTC time plus an offset that only tests change."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return utcnow() + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta

    def reset(self) -> None:
        self.offset = timedelta(0)


clock = Clock()


def now() -> datetime:
    """The current UTC time as intake's rules see it."""
    return clock.now()
