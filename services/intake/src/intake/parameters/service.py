"""Which public-notice period and decision time limit apply to a region on a day."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from intake.parameters import repository
from intake.parameters.models import RegionalParameter
from intake.parameters.schemas import EffectiveParameters, ParameterCreate
from intake.settings import get_settings
from jiuzhu_kit import regions
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput


async def effective(session: AsyncSession, *, region_code: str, on: date) -> EffectiveParameters:
    row = await repository.effective(session, region_code, on)
    if row is None:
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
        public_notice_days=row.public_notice_days,
        decision_time_limit_days=row.decision_time_limit_days,
        source=row.source,
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
    await session.flush()
    return row


async def list_visible(session: AsyncSession, *, principal: Principal) -> list[RegionalParameter]:
    return await repository.within(session, principal.region_scope)
