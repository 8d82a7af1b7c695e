"""Which public-notice period and decision time limit apply to a region on a day."""

from __future__ import annotations

from datetime import date
from time import monotonic
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event
from sqlalchemy.ext.asyncio import AsyncSession

from intake.parameters import repository
from intake.parameters.models import RegionalParameter
from intake.parameters.schemas import EffectiveParameters, ParameterCreate
from intake.settings import get_settings
from jiuzhu_kit import regions
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput

# Every submission asks which timing applies, and regional parameters change rarely (an admin sets
# one when a regulation does), so what the database answered is kept a few seconds, per database
# (engine) and (region, day). A change made here clears it at once and again when its transaction
# ends (a request reading meanwhile saw the old rows); another process serving the same database sees
# the change within `TIMING_TTL_S`.
TIMING_TTL_S = 10.0
_Timing = tuple[int, int, str]  # public-notice days, decision time limit days, source
_timings: WeakKeyDictionary[Engine, dict[tuple[str, date], tuple[float, _Timing | None]]] = (
    WeakKeyDictionary()
)


def _database(session: AsyncSession) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


async def _timing(session: AsyncSession, region_code: str, on: date) -> _Timing | None:
    known = _timings.setdefault(_database(session), {})
    hit = known.get((region_code, on))
    if hit is not None and hit[0] > monotonic():
        return hit[1]
    row = await repository.effective(session, region_code, on)
    timing = (
        None if row is None else (row.public_notice_days, row.decision_time_limit_days, row.source)
    )
    if len(known) >= 10_000:
        known.clear()
    known[(region_code, on)] = (monotonic() + TIMING_TTL_S, timing)
    return timing


def _forget_timings(session: AsyncSession) -> None:
    """Drop the kept timings of this session's database, now and when its transaction ends
    (a commit publishes the change; a rollback takes back what this session may have read)."""
    database = _database(session)

    def forget(*_: object) -> None:
        _timings.pop(database, None)

    forget()
    event.listen(session.sync_session, "after_commit", forget, once=True)
    event.listen(session.sync_session, "after_rollback", forget, once=True)


async def effective(session: AsyncSession, *, region_code: str, on: date) -> EffectiveParameters:
    timing = await _timing(session, region_code, on)
    if timing is None:
        settings = get_settings()
        return EffectiveParameters(
            region_code=region_code,
            on=on,
            public_notice_days=settings.default_public_notice_days,
            decision_time_limit_days=settings.default_decision_time_limit_days,
            source="默认值：最低生活保障审核确认办法（公示7天）",
        )
    return EffectiveParameters(
        region_code=region_code,
        on=on,
        public_notice_days=timing[0],
        decision_time_limit_days=timing[1],
        source=timing[2],
    )


async def create(
    session: AsyncSession, *, data: ParameterCreate, principal: Principal
) -> RegionalParameter:
    if not regions.is_known(data.region_prefix):
        raise InvalidInput(
            f"Region prefix {data.region_prefix} is not in the division data",
            errors=[{"field": "region_prefix", "message": "unknown region"}],
        )
    if not principal.sees_region(data.region_prefix):
        raise Forbidden(f"Region {data.region_prefix} is outside your scope")
    row = RegionalParameter(**data.model_dump(), created_by=principal.subject)
    session.add(row)
    _forget_timings(session)
    await session.flush()
    return row


async def list_visible(session: AsyncSession, *, principal: Principal) -> list[RegionalParameter]:
    return await repository.within(session, principal.region_scope)
