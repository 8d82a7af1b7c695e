"""Every query on catalog versions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from matching.catalog.models import CatalogVersion


async def latest(session: AsyncSession) -> CatalogVersion | None:
    rows = await session.execute(
        select(CatalogVersion).order_by(CatalogVersion.version.desc()).limit(1)
    )
    return rows.scalars().first()


async def latest_number(session: AsyncSession) -> int:
    return int((await session.execute(select(func.max(CatalogVersion.version)))).scalar() or 0)


async def get(session: AsyncSession, version: int) -> CatalogVersion | None:
    return await session.get(CatalogVersion, version)


async def find_by_hash(session: AsyncSession, content_hash: str) -> CatalogVersion | None:
    rows = await session.execute(
        select(CatalogVersion).where(CatalogVersion.content_hash == content_hash).limit(1)
    )
    return rows.scalars().first()


async def all_versions(session: AsyncSession) -> list[CatalogVersion]:
    rows = await session.execute(select(CatalogVersion).order_by(CatalogVersion.version.desc()))
    return list(rows.scalars())
