"""`/v1/monitoring`: the monitored population, the rules in force, screenings and statistics."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Query, Request

from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep
from jiuzhu_kit.errors import Forbidden
from verification.monitoring import jobs, service, statistics
from verification.monitoring.schemas import (
    MonitoringStatistics,
    PopulationLoad,
    PopulationLoadResult,
    RuleVersionRead,
    ScreeningJobRead,
    ScreeningRequest,
    as_rule_read,
)

router = APIRouter(prefix="/v1/monitoring", tags=["monitoring"])

Staff = Annotated[Principal, Depends(require_roles("caseworker", "reviewer", "admin", "auditor"))]
Admin = Annotated[Principal, Depends(require_roles("admin"))]
Loader = Annotated[Principal, Depends(require_roles("admin", "data_partner"))]
Operator = Annotated[Principal, Depends(require_roles("reviewer", "admin"))]
# Departments whose lists make up the monitored population (民政, 乡村振兴).
POPULATION_SOURCES = frozenset({"civil_affairs", "rural_revitalization"})


@router.post(
    "/population",
    response_model=PopulationLoadResult,
    summary="Load (upsert) monitored households and people; their records are screened at once",
)
async def load_population(
    data: PopulationLoad, request: Request, session: SessionDep, principal: Loader
) -> PopulationLoadResult:
    if not principal.has_any("admin") and not (principal.allowed_sources & POPULATION_SOURCES):
        raise Forbidden("Only civil affairs or rural revitalization may load the population")
    households, people, raised = await service.load_population(
        session, data=data, pii_key=request.app.state.settings.pii_key
    )
    return PopulationLoadResult(households=households, people=people, warnings_raised=raised)


@router.get("/rules", response_model=RuleVersionRead, summary="The monitoring rules in force")
async def rules_in_force(session: SessionDep, principal: Staff) -> RuleVersionRead:
    version, rule_list, row = await service.rules_in_force(session)
    return RuleVersionRead(
        version=version,
        published_by=row.published_by if row else "package",
        published_at=row.published_at if row else None,
        rules=[as_rule_read(r) for r in rule_list],
    )


@router.post(
    "/rules",
    status_code=201,
    response_model=RuleVersionRead,
    summary="Publish a new version of the rules (YAML or JSON `{rules: [...]}`)",
    description="Rejected with 422 naming each problem: an undefined field or parameter, "
    "overlapping date ranges of one rule and region, a negative threshold, an unknown placeholder.",
)
async def publish_rules(request: Request, session: SessionDep, principal: Admin) -> RuleVersionRead:
    body = (await request.body()).decode("utf-8", errors="replace")
    row = await service.publish_rules(session, body=body, principal=principal)
    rule_list = await service.rules_of_version(session, row.version)
    return RuleVersionRead(
        version=row.version,
        published_by=row.published_by,
        published_at=row.published_at,
        rules=[as_rule_read(r) for r in rule_list],
    )


@router.post(
    "/screenings",
    status_code=202,
    response_model=ScreeningJobRead,
    summary="Start a full screening of the monitored population as a job",
)
async def start_screening(
    request: Request,
    background: BackgroundTasks,
    principal: Operator,
    data: ScreeningRequest | None = None,
) -> ScreeningJobRead:
    job = await jobs.submit(
        request.app.state.sessions, as_of=data.as_of if data else None, principal=principal
    )
    background.add_task(
        jobs.run,
        engine=request.app.state.engine,
        sessions=request.app.state.sessions,
        job_id=job.id,
    )
    return ScreeningJobRead.model_validate(job)


@router.get(
    "/screenings/{job_id}", response_model=ScreeningJobRead, summary="A screening job's progress"
)
async def screening_job(
    job_id: uuid.UUID, session: SessionDep, principal: Operator
) -> ScreeningJobRead:
    return ScreeningJobRead.model_validate(await service.get_job(session, job_id))


@router.get(
    "/statistics",
    response_model=MonitoringStatistics,
    summary="Monitored people, warnings raised/confirmed/dismissed, enrolments, time to visit",
)
async def monitoring_statistics(
    session: SessionDep,
    principal: Staff,
    region: str,
    period_from: Annotated[date, Query(alias="from")],
    period_to: Annotated[date, Query(alias="to")],
) -> MonitoringStatistics:
    return await statistics.figures(
        session, region=region, start=period_from, end=period_to, principal=principal
    )
