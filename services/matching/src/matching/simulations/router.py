"""`/v1/simulations`: what-if runs of a reform on a population; population uploads (CSV/Parquet)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep
from matching.simulations import service
from matching.simulations.schemas import PopulationRead, SimulationCreate, SimulationRead

router = APIRouter(prefix="/v1/simulations", tags=["simulations"])

Analyst = Annotated[Principal, Depends(require_roles("reviewer", "admin"))]
Reader = Annotated[Principal, Depends(require_roles("reviewer", "admin", "auditor"))]
UPLOAD_PATH = "/v1/simulations/populations"


@router.post(
    "/populations",
    status_code=201,
    response_model=PopulationRead,
    summary="Upload a population: CSV or Parquet, one row per member",
)
async def upload_population(
    request: Request, session: SessionDep, principal: Analyst
) -> PopulationRead:
    row = await service.upload_population(
        session,
        content=await request.body(),
        media_type=request.headers.get("content-type", ""),
        principal=principal,
    )
    return PopulationRead.model_validate(row, from_attributes=True)


@router.post(
    "",
    status_code=201,
    response_model=SimulationRead,
    summary="Run baseline and reform: counts by circle and policy, cost, changed households",
)
async def create_simulation(
    data: SimulationCreate, session: SessionDep, principal: Analyst
) -> SimulationRead:
    simulation = await service.run(session, data=data, principal=principal)
    return SimulationRead.model_validate(simulation, from_attributes=True)


@router.get("/{simulation_id}", response_model=SimulationRead, summary="Read a simulation")
async def get_simulation(
    simulation_id: uuid.UUID, session: SessionDep, principal: Reader
) -> SimulationRead:
    simulation = await service.get_visible(
        session, simulation_id=simulation_id, principal=principal
    )
    return SimulationRead.model_validate(simulation, from_attributes=True)
