"""Every query on simulations and uploaded populations."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from matching.simulations.models import Simulation, UploadedPopulation


async def get(session: AsyncSession, simulation_id: uuid.UUID) -> Simulation | None:
    return await session.get(Simulation, simulation_id)


async def get_population(
    session: AsyncSession, population_id: uuid.UUID
) -> UploadedPopulation | None:
    return await session.get(UploadedPopulation, population_id)
