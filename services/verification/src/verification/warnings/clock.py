"""The clock warnings are judged against (deadlines, escalation), injectable rather than read inline.

Routes take `Now` (a dependency); `frozen_at` sets the time for the current context, so a test or a
what-if run can stand on any day without sleeping or patching.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Annotated

from fastapi import Depends

from jiuzhu_kit.db import utcnow
from verification.records.rows import SHANGHAI

_frozen: ContextVar[datetime | None] = ContextVar("warning_clock", default=None)


def current_time() -> datetime:
    return _frozen.get() or utcnow()


@contextmanager
def frozen_at(moment: datetime) -> Iterator[None]:
    """Within the block (and the requests it makes in-process), it is `moment`."""
    token = _frozen.set(moment)
    try:
        yield
    finally:
        _frozen.reset(token)


Now = Annotated[datetime, Depends(current_time)]


def day_in_china(moment: datetime) -> date:
    """Deadlines are days in Asia/Shanghai."""
    return moment.astimezone(SHANGHAI).date()
