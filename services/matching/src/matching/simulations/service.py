"""Simulation rules: load a population (stored decisions' facts or an upload), run baseline and reform.

The vectorised run is CPU-bound, so it runs in a worker thread and does not stall the event loop.
"""

from __future__ import annotations

import io
import uuid
from datetime import date
from typing import Any

import anyio
import polars as pl
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput, NotFound, UnsupportedMediaType
from matching.catalog import service as catalog_service
from matching.decisions import repository as decisions_repository
from matching.rules import population as rules_population
from matching.rules.facts import HouseholdFacts
from matching.rules.population import Population, PopulationError
from matching.rules.simulate import Override, ReformError, apply_reform, compare
from matching.simulations import repository
from matching.simulations.models import Simulation, UploadedPopulation
from matching.simulations.schemas import SimulationCreate

CSV_TYPES = ("text/csv", "application/csv")
PARQUET_TYPES = (
    "application/vnd.apache.parquet",
    "application/x-parquet",
    "application/octet-stream",
)


def _invalid(message: str, field: str) -> InvalidInput:
    return InvalidInput(message, errors=[{"field": field, "message": message}])


def _read_table(content: bytes, media_type: str) -> pl.DataFrame:
    try:
        if media_type in CSV_TYPES:
            return pl.read_csv(io.BytesIO(content), infer_schema_length=10_000)
        if media_type in PARQUET_TYPES:
            return pl.read_parquet(io.BytesIO(content))
    except Exception as exc:  # polars raises many types for a malformed file
        raise _invalid(f"the file could not be read: {exc}", "body") from exc
    raise UnsupportedMediaType(
        f"Upload CSV ({CSV_TYPES[0]}) or Parquet ({PARQUET_TYPES[0]}), not {media_type!r}"
    )


def _scoped(principal: Principal, region_codes: list[str]) -> None:
    outside = [c for c in region_codes if not principal.sees_region(c)]
    if outside:
        raise Forbidden(
            f"Region {outside[0]} is outside your scope ({principal.region_scope or 'none'})"
        )


async def upload_population(
    session: AsyncSession, *, content: bytes, media_type: str, principal: Principal
) -> UploadedPopulation:
    frame = _read_table(content, media_type.split(";")[0].strip().lower())
    try:
        population = rules_population.from_table(frame)
    except PopulationError as exc:
        raise _invalid(str(exc), exc.field) from exc
    _scoped(principal, population.region_codes)
    row = UploadedPopulation(
        media_type=media_type,
        content=content,
        households=population.households,
        persons=population.persons,
        region_scope=principal.region_scope,
        uploaded_by=principal.subject,
    )
    session.add(row)
    await session.flush()
    return row


async def _population(
    session: AsyncSession, *, data: SimulationCreate, principal: Principal
) -> Population:
    source = data.population
    if source.source == "upload":
        assert source.population_id is not None
        row = await repository.get_population(session, source.population_id)
        if row is None or not _same_scope(row.region_scope, principal):
            raise NotFound(f"Population {source.population_id} not found")
        population = rules_population.from_table(_read_table(row.content, row.media_type))
        _scoped(principal, population.region_codes)
        return population
    prefixes = [principal.region_scope] if principal.region_scope else None
    if source.region_prefix:
        if not principal.sees_region(source.region_prefix):
            raise Forbidden(f"Region {source.region_prefix} is outside your scope")
        prefixes = [source.region_prefix]
    rows = await decisions_repository.facts_for_population(
        session, region_prefixes=prefixes, limit=source.limit
    )
    seen: set[str] = set()
    items: list[tuple[str, HouseholdFacts]] = []
    for decision_id, facts, household_id in rows:  # newest first: keep each household's latest
        key = str(household_id) if household_id else decision_id
        if key in seen:
            continue
        seen.add(key)
        try:
            items.append((key, HouseholdFacts.model_validate(facts)))
        except ValidationError as exc:
            raise _invalid(
                f"stored facts of decision {decision_id} no longer validate: {exc}", "population"
            ) from exc
    if not items:
        raise _invalid("no stored decisions in scope to simulate on", "population")
    return rules_population.from_facts(items)


async def run(session: AsyncSession, *, data: SimulationCreate, principal: Principal) -> Simulation:
    # A what-if publishes nothing, so any reform may be tried; the population is what is scoped.
    row, base = await catalog_service.current(session)
    overrides = [
        Override(o.parameter, o.region, o.effective_from, o.value, o.scale)
        for o in data.reform.overrides
    ]
    try:
        reform = apply_reform(base, overrides, data.reform.name)
    except ReformError as exc:
        raise _invalid(str(exc), exc.field) from exc
    population = await _population(session, data=data, principal=principal)
    on: date = data.as_of or max(o.effective_from for o in overrides)

    def work() -> dict[str, Any]:
        return compare(base, reform, population, on, changed_limit=data.changed_limit)

    try:
        result = await anyio.to_thread.run_sync(work)
    except ReformError as exc:
        raise _invalid(str(exc), exc.field) from exc
    simulation = Simulation(
        catalog_version=row.version,
        request=data.model_dump(mode="json", by_alias=True),
        result=result,
        region_scope=principal.region_scope,
        requested_by=principal.subject,
    )
    session.add(simulation)
    await session.flush()
    return simulation


async def get_visible(
    session: AsyncSession, *, simulation_id: uuid.UUID, principal: Principal
) -> Simulation:
    simulation = await repository.get(session, simulation_id)
    if simulation is None or not _same_scope(simulation.region_scope, principal):
        raise NotFound(f"Simulation {simulation_id} not found")
    return simulation


def _same_scope(scope: str, principal: Principal) -> bool:
    # A simulation is as wide as its requester's scope: readers must see all of that scope.
    if not scope:
        return not principal.region_scope
    return principal.sees_region(scope)
