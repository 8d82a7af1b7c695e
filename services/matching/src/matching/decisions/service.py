"""Decision rules: decide with the catalog in force, store the evidence snapshot, replay, scope by region."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Forbidden, InvalidInput, NotFound
from jiuzhu_kit.outbox import enqueue
from matching.catalog import service as catalog_service
from matching.db import OutboxEvent
from matching.decisions import repository
from matching.decisions.models import Decision, Plan
from matching.decisions.schemas import (
    DecisionCreate,
    DecisionRead,
    DecisionSummary,
    PlanRead,
    ReplayRead,
)
from matching.rules import engine
from matching.rules.facts import HouseholdFacts, Need, facts_hash

STAFF_ROLES = ("caseworker", "reviewer", "admin", "auditor", "service")


def _prefixes(principal: Principal) -> list[str] | None:
    return None if not principal.region_scope else [principal.region_scope]


def _decide(built: Any, facts: HouseholdFacts, needs: list[Need]) -> dict[str, Any]:
    try:
        return engine.decide(built, facts, needs)
    except engine.DecisionError as exc:
        raise InvalidInput(str(exc), errors=[{"field": exc.field, "message": str(exc)}]) from exc


async def create(
    session: AsyncSession, *, data: DecisionCreate, principal: Principal
) -> tuple[Decision, Plan]:
    if not principal.sees_region(data.facts.region_code):
        raise Forbidden(
            f"Region {data.facts.region_code} is outside your scope ({principal.region_scope or 'none'})"
        )
    row, built = await catalog_service.current(session)
    result = _decide(built, data.facts, data.needs)
    decision = Decision(
        application_id=data.application_id,
        household_id=data.household_id,
        region_code=data.facts.region_code,
        catalog_version=row.version,
        facts_hash=facts_hash(data.facts),
        facts=data.facts.model_dump(mode="json"),
        needs=[n.model_dump(mode="json") for n in data.needs],
        result=result,
        circle=result["circle"],
        group=result["group"],
        decided_by=principal.subject,
    )
    session.add(decision)
    plan_content = result["plan"]
    plan = Plan(
        decision_id=decision.id,
        application_id=data.application_id,
        household_id=data.household_id,
        region_code=decision.region_code,
        monthly_total_yuan=plan_content["monthly_total_yuan"],
        once_total_yuan=plan_content["once_total_yuan"],
        content=plan_content,
    )
    session.add(plan)
    await session.flush()
    return decision, plan


async def get_visible(
    session: AsyncSession, *, decision_id: uuid.UUID, principal: Principal
) -> Decision:
    decision = await repository.get(session, decision_id)
    # Out of scope looks exactly like absent.
    if decision is None or not principal.sees_region(decision.region_code):
        raise NotFound(f"Decision {decision_id} not found")
    return decision


async def to_read(session: AsyncSession, decision: Decision) -> DecisionRead:
    plan = await repository.plan_of(session, decision.id)
    assert plan is not None
    return DecisionRead(
        id=decision.id,
        application_id=decision.application_id,
        household_id=decision.household_id,
        region_code=decision.region_code,
        catalog_version=decision.catalog_version,
        facts_hash=decision.facts_hash,
        circle=decision.circle,
        group=decision.group,
        plan_id=plan.id,
        created_at=decision.created_at,
        result=decision.result,
    )


def summary(decision: Decision) -> DecisionSummary:
    return DecisionSummary.model_validate(decision, from_attributes=True)


async def replay(
    session: AsyncSession, *, decision_id: uuid.UUID, principal: Principal
) -> ReplayRead:
    decision = await get_visible(session, decision_id=decision_id, principal=principal)
    _, built = await catalog_service.version(session, decision.catalog_version)
    facts = HouseholdFacts.model_validate(decision.facts)
    needs = [Need.model_validate(n) for n in decision.needs]
    result = _decide(built, facts, needs)
    return ReplayRead(
        decision_id=decision.id,
        catalog_version=decision.catalog_version,
        facts_hash=facts_hash(facts),
        identical=result == decision.result and facts_hash(facts) == decision.facts_hash,
        result=result,
    )


async def list_visible(
    session: AsyncSession,
    *,
    principal: Principal,
    household_id: uuid.UUID | None,
    application_id: uuid.UUID | None,
    limit: int,
    offset: int,
) -> tuple[list[Decision], int]:
    return await repository.page(
        session,
        region_prefixes=_prefixes(principal),
        household_id=household_id,
        application_id=application_id,
        limit=limit,
        offset=offset,
    )


def plan_read(plan: Plan) -> PlanRead:
    return PlanRead(
        id=plan.id,
        decision_id=plan.decision_id,
        application_id=plan.application_id,
        household_id=plan.household_id,
        region_code=plan.region_code,
        monthly_total_yuan=plan.monthly_total_yuan,
        once_total_yuan=plan.once_total_yuan,
        policies=plan.content["policies"],
        needs_covered=plan.content["needs_covered"],
        needs_uncovered=plan.content["needs_uncovered"],
        created_at=plan.created_at,
    )


async def get_plan_visible(
    session: AsyncSession, *, plan_id: uuid.UUID, principal: Principal
) -> Plan:
    plan = await repository.get_plan(session, plan_id)
    if plan is None or not principal.sees_region(plan.region_code):
        raise NotFound(f"Plan {plan_id} not found")
    return plan


async def list_plans(
    session: AsyncSession,
    *,
    principal: Principal,
    household_id: uuid.UUID | None,
    limit: int,
    offset: int,
) -> tuple[list[Plan], int]:
    return await repository.plan_page(
        session,
        region_prefixes=_prefixes(principal),
        household_id=household_id,
        limit=limit,
        offset=offset,
    )


def _decision_made(decision: Decision, plan: Plan, version: int) -> dict[str, Any]:
    result = decision.result
    outcome_keys = (
        "code",
        "name_zh",
        "name_en",
        "eligible",
        "amount_monthly_yuan",
        "amount_once_yuan",
        "exclusion_group",
        "excluded_by",
        "explanation_zh",
    )
    policies = [{k: p[k] for k in outcome_keys} for p in result["policies"]]
    applied = [p["name_zh"] for p in result["policies"] if p["applied"]]
    return {
        "application_id": str(decision.application_id),
        "decision_id": str(decision.id),
        "plan_id": str(plan.id),
        "catalog_version": version,
        "circle": decision.circle,
        "group": decision.group,
        "policies": policies,
        "uncovered_needs": result["plan"]["needs_uncovered"],
        "explanation_zh": result["circle_explanation_zh"]
        + "。适用政策："
        + ("、".join(applied) if applied else "无")
        + "。",
    }


async def on_decision_requested(
    session: AsyncSession, *, payload: dict[str, Any], principal: Principal
) -> Decision:
    """`decision.requested` from intake: decide once per (application, facts), answer `decision.made`."""
    try:
        data = DecisionCreate.model_validate(
            {
                "application_id": payload.get("application_id"),
                "household_id": payload.get("household_id"),
                "facts": payload.get("facts"),
                "needs": payload.get("needs") or [],
            }
        )
    except ValidationError as exc:
        errors = [
            {"field": "payload." + ".".join(str(p) for p in e["loc"]), "message": e["msg"]}
            for e in exc.errors()
        ]
        raise InvalidInput(
            f"decision.requested has {len(errors)} invalid field(s): "
            + "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5]),
            errors=errors,
        ) from exc
    if data.application_id is None:
        raise InvalidInput(
            "decision.requested needs an application_id",
            errors=[{"field": "payload.application_id", "message": "required"}],
        )
    existing = await repository.find_for_application(
        session, data.application_id, facts_hash(data.facts)
    )
    if existing is not None:
        return existing
    decision, plan = await create(session, data=data, principal=principal)
    enqueue(
        session,
        OutboxEvent,
        destination="intake",
        topic="decision.made",
        payload=_decision_made(decision, plan, decision.catalog_version),
    )
    return decision
