"""Monitoring rules: the population is loaded or announced, rules are published as data, screening runs.

Screening is set-based (screening_sql): a full scan runs every rule in force over the whole
population; an incremental one runs them for the people a write touched, right after it.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from jiuzhu_kit import pii, resident_id
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.db import utcnow
from jiuzhu_kit.errors import Conflict, InvalidInput, NotFound
from verification.monitoring import repository, rules, scope, screening_sql
from verification.monitoring.models import MonitoringRuleVersion, ScreeningJob
from verification.monitoring.schemas import PopulationLoad
from verification.records.rows import today_in_china

SCREENING_WORK_MEM = "256MB"
SHIPPED_VERSION = 0  # the document in the package, in force until a version is published


async def rules_of_version(session: AsyncSession, version: int) -> list[rules.Rule]:
    if version == SHIPPED_VERSION:
        return rules.validate(rules.shipped_document())
    row = await repository.rule_version(session, version)
    if row is None:
        raise NotFound(f"Rule version {version} does not exist")
    return rules.validate(row.document)


async def rules_in_force(session: AsyncSession) -> tuple[int, list[rules.Rule], Any]:
    """The version in force, its rules, and when/by whom it was published (None if shipped)."""
    row = await repository.latest_rule_version(session)
    if row is None:
        return SHIPPED_VERSION, rules.validate(rules.shipped_document()), None
    return row.version, rules.validate(row.document), row


async def publish_rules(
    session: AsyncSession, *, body: str, principal: Principal
) -> MonitoringRuleVersion:
    """Validate a rule document and make it the version in force (422 names every problem)."""
    try:
        document = rules.parse_document(body)
        rules.validate(document)
    except rules.RuleDocumentInvalid as exc:
        raise InvalidInput(f"The rule document is rejected: {exc}", errors=exc.errors) from None
    latest = await repository.latest_rule_version(session)
    row = MonitoringRuleVersion(
        version=(latest.version if latest else SHIPPED_VERSION) + 1,
        document=document,
        published_by=principal.subject,
    )
    session.add(row)
    try:
        await session.flush()
    except IntegrityError:
        raise Conflict("Another rule version was published at the same time; retry") from None
    return row


async def screen(
    conn: AsyncConnection,
    *,
    version: int,
    rule_list: list[rules.Rule],
    as_of: date,
    now: datetime | None = None,
    scoped: bool = False,
) -> int:
    """Run every rule in force on `as_of` (two statements); returns the number of warnings raised.

    With `scoped`, only the people in the `screening_scope` table (see screening_sql.create_scope).
    """
    d = screening_sql.Dialect(conn.dialect.name)
    active = rules.in_force(rule_list, as_of)
    statements = screening_sql.screening_sql(
        active,
        everything=active,
        as_of=as_of,
        version=version,
        now=now or utcnow(),
        scoped=scoped,
        d=d,
    )
    if statements and d.postgres:
        # Aggregates over millions of records: hash them in memory rather than sort on disk, and
        # skip JIT compilation, which costs more than it saves here.
        await conn.execute(text("SET LOCAL jit = off"))
        await conn.execute(text(f"SET LOCAL work_mem = '{SCREENING_WORK_MEM}'"))
    raised = 0
    for sql, params in statements:
        result = await conn.execute(text(sql), params)
        raised += max(int(getattr(result, "rowcount", 0) or 0), 0)
    return raised


async def screen_people(
    session: AsyncSession,
    *,
    person_indexes: list[str] | None = None,
    since: scope.FeedMarks | None = None,
    as_of: date | None = None,
) -> int:
    """Incremental screening (增量筛查) in the caller's transaction: the rules for these people only
    (given, or those whose records were written after the `since` marks)."""
    if since is None:
        # Most written records are about people nobody monitors: nothing to screen for them.
        known = await repository.people(session, person_indexes or [])
        person_indexes = [p.person_index for p in known]
        if not person_indexes:
            return 0
    conn = await session.connection()
    await scope.create_scope(conn, person_indexes, since=since)
    version, rule_list, _ = await rules_in_force(session)
    return await screen(
        conn, version=version, rule_list=rule_list, as_of=as_of or today_in_china(), scoped=True
    )


async def load_population(
    session: AsyncSession, *, data: PopulationLoad, pii_key: str
) -> tuple[int, int, int]:
    """Upsert households and their people, then screen those people; (households, people, warnings)."""
    now, today = utcnow(), today_in_china()
    households: list[dict[str, Any]] = []
    people: dict[str, dict[str, Any]] = {}
    errors: list[dict[str, str]] = []
    for i, h in enumerate(data.households):
        households.append(
            {
                "household_key": h.household_key,
                "household_id": h.household_id,
                "region_code": h.region_code,
                "status": h.status,
                "address": h.address,
                "registration": h.registration,
                "annual_income_yuan": h.annual_income_yuan,
                "income_threshold_monthly_yuan": h.income_threshold_monthly_yuan,
                "assets_threshold_yuan": h.assets_threshold_yuan,
                "schemes": [],
                "updated_at": now,
            }
        )
        for j, m in enumerate(h.members):
            try:
                parsed = resident_id.parse(m.id_number, today=today)
            except resident_id.InvalidResidentId as exc:
                errors.append(
                    {"field": f"households[{i}].members[{j}].id_number", "message": str(exc)}
                )
                continue
            index = pii.blind_index(parsed.number, pii_key)
            people[index] = {
                "person_index": index,
                "household_key": h.household_key,
                "id_number": parsed.number,
                "name": m.name,
                "relation": m.relation,
                "birth_date": parsed.birth_date,
                "updated_at": now,
            }
    if errors:
        raise InvalidInput(f"{len(errors)} member(s) have an invalid resident ID", errors=errors)
    await repository.upsert_households(session, households)
    await repository.upsert_people(session, list(people.values()))
    raised = await screen_people(session, person_indexes=list(people), as_of=today)
    return len(households), len(people), raised


async def request_screening(
    session: AsyncSession, *, as_of: date | None, principal: Principal
) -> ScreeningJob:
    job = ScreeningJob(as_of=as_of or today_in_china(), requested_by=principal.subject)
    session.add(job)
    await session.flush()
    return job


async def get_job(session: AsyncSession, job_id: uuid.UUID) -> ScreeningJob:
    job = await repository.get_job(session, job_id)
    if job is None:
        raise NotFound(f"Screening job {job_id} does not exist")
    return job
