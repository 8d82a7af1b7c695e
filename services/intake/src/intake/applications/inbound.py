"""What intake does when a peer reports: checks, double checks, decisions, warnings, exit reviews.

Each step is applied once per business key (check, assessment, decision, warning), whatever the
retries: the inbox already drops a repeated event id, and these guards drop a repeated fact.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications import outbound, repository, service, states, workflow
from intake.applications.models import Application
from intake.households import repository as households
from intake.households import service as households_service
from intake.households.models import Household
from intake.households.schemas import HouseholdCreate
from jiuzhu_kit import pii
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import InvalidInput

logger = logging.getLogger(__name__)
SYSTEM = states.SYSTEM
RELATIONS = {"head", "spouse", "child", "parent", "grandchild", "grandparent", "sibling"}


async def _application(session: AsyncSession, payload: dict[str, Any]) -> Application | None:
    try:
        application_id = uuid.UUID(str(payload.get("application_id")))
    except ValueError:
        application_id = None
    application = (
        await repository.get_for_update(session, application_id) if application_id else None
    )
    if application is None:
        # Acknowledged, not retried: no amount of redelivery makes an unknown application appear.
        logger.warning("event for unknown application %s ignored", payload.get("application_id"))
    return application


async def check_completed(session: AsyncSession, payload: dict[str, Any]) -> None:
    application = await _application(session, payload)
    if application is None or application.check_id == str(payload.get("check_id")):
        return
    application.check_id = str(payload["check_id"])
    application.check_conclusion = str(payload.get("conclusion") or "")[:40]
    session.add(application)
    workflow.record(
        session,
        application,
        actor="verification",
        role=SYSTEM,
        event="check_completed",
        reason=_check_summary(payload),
    )


def _check_summary(payload: dict[str, Any]) -> str:
    summary = payload.get("summary")
    if isinstance(summary, dict):
        summary = "；".join(f"{k}：{v}" for k, v in summary.items())
    if payload.get("conclusion") == "consent_invalid":
        return f"核对未进行：授权无效（{summary or ''}），请重新取得授权"
    return f"家庭经济状况核对完成：{payload.get('conclusion')}。{summary or ''}"


async def double_check_concluded(session: AsyncSession, payload: dict[str, Any]) -> None:
    application = await _application(session, payload)
    if application is None or application.assessment_id == str(payload.get("assessment_id")):
        return
    application.check_id = str(payload.get("check_id") or application.check_id)
    application.assessment_id = str(payload["assessment_id"])
    application.facts = payload.get("facts") or {}
    application.check_conclusion = str(payload.get("conclusion") or "")[:40]
    session.add(application)
    reason = f"核对与入户评估（双核查）结论：{payload.get('conclusion')}"
    if application.state == "verifying":
        await workflow.move(
            session, application, "assessed", actor="verification", role=SYSTEM, reason=reason
        )
        outbound.request_decision(session, application)
    elif application.state == "enrolled" and application.exit_review_warning_id:
        workflow.record(
            session, application, actor="verification", role=SYSTEM, event="recheck", reason=reason
        )
        outbound.request_decision(session, application)
    else:
        workflow.record(
            session, application, actor="verification", role=SYSTEM, event="check", reason=reason
        )


async def decision_made(session: AsyncSession, payload: dict[str, Any]) -> None:
    application = await _application(session, payload)
    if application is None or application.decision_id == str(payload.get("decision_id")):
        return
    application.decision_id = str(payload["decision_id"])
    application.decision = payload
    session.add(application)
    explanation = str(payload.get("explanation_zh") or "")
    eligible = [p for p in payload.get("policies", []) if p.get("eligible")]
    if application.state == "assessed":
        await workflow.move(
            session, application, "matched", actor="matching", role=SYSTEM, reason=explanation
        )
    elif application.state == "enrolled" and application.exit_review_warning_id:
        application.exit_review_warning_id = None
        if eligible:
            workflow.record(
                session,
                application,
                actor="matching",
                role=SYSTEM,
                event="exit_review_continued",
                reason=f"复核后继续保障：{explanation}",
            )
        else:
            await workflow.move(
                session,
                application,
                "exited",
                actor="matching",
                role=SYSTEM,
                reason=f"复核后不再符合条件，退出保障：{explanation}",
            )
    else:
        workflow.record(
            session,
            application,
            actor="matching",
            role=SYSTEM,
            event="decision",
            reason=explanation,
        )


def _declaration(household: dict[str, Any]) -> HouseholdCreate:
    """The household a warning describes, as a declaration (422 naming the field if it is not one)."""
    members = household.get("members") or []
    has_head = any(m.get("relation") == "head" for m in members)
    declared = []
    for i, m in enumerate(members):
        relation = m.get("relation") if m.get("relation") in RELATIONS else "other_relative"
        if not has_head and i == 0:
            relation = "head"
        declared.append(
            {
                "name": m.get("name") or "未具名",
                "id_number": str(m.get("id_number") or ""),
                "relation": relation,
            }
        )
    try:
        return HouseholdCreate.model_validate(
            {
                "region_code": household.get("region_code"),
                "address": household.get("address") or "（预警线索，待入户核实）",
                "registration": household.get("registration") or "rural",
                "members": declared,
            }
        )
    except ValidationError as exc:
        raise InvalidInput(
            "warning.confirmed carries a household intake cannot declare",
            errors=[
                {"field": "household." + ".".join(str(p) for p in e["loc"]), "message": e["msg"]}
                for e in exc.errors()
            ],
        ) from None


async def _household_for_warning(
    session: AsyncSession, payload: dict[str, Any], pii_key: str
) -> Household:
    known = payload.get("household_id")
    if known:
        try:
            found = await households.get(session, uuid.UUID(str(known)))
        except ValueError:
            found = None
        if found is not None:
            return found
    declared = payload.get("household") or {}
    if "region_code" not in declared:
        declared = {**declared, "region_code": payload.get("region_code")}
    indexes = [
        pii.blind_index(str(m.get("id_number") or "").upper(), pii_key)
        for m in declared.get("members", [])
        if m.get("id_number")
    ]
    existing = await households.find_active_by_member_index(session, indexes) if indexes else None
    if existing is not None:
        return existing
    principal = Principal(
        subject="service:verification", roles=frozenset({"service"}), kind="service"
    )
    return await households_service.create(
        session, data=_declaration(declared), principal=principal, pii_key=pii_key
    )


async def warning_confirmed(session: AsyncSession, payload: dict[str, Any], pii_key: str) -> None:
    """政策找人: a confirmed warning opens a proactive draft (one per warning_id) awaiting consent."""
    warning_id = str(payload["warning_id"])
    if await repository.by_warning(session, warning_id) is not None:
        return
    household = await _household_for_warning(session, payload, pii_key)
    members = await households.members_of(session, household.id)
    head = next(m for m in members if m.relation == "head")
    kind = payload.get("kind") if payload.get("kind") in states.KINDS else "minimum_living"
    reason = (
        f"预警线索 {warning_id}（{payload.get('rule_code')}）：{payload.get('reason_zh') or ''}"
    )
    open_one = await repository.by_open_key(session, service.open_key(kind, head.id_index))
    if open_one is not None:
        # The person already has this kind open: the warning joins that case instead.
        workflow.record(
            session, open_one, actor="verification", role=SYSTEM, event="warning", reason=reason
        )
        return
    key = service.open_key(kind, head.id_index)
    service.new_application(
        session,
        household=household,
        kind=kind,
        channel="proactive",
        subject_member_id=head.id,
        open_key=key,
        needs=[],
        actor="verification",
        role=SYSTEM,
        warning_id=warning_id,
        reason=reason,
    )
    await service.flush_guarded(session, key)


async def exit_review_requested(session: AsyncSession, payload: dict[str, Any]) -> None:
    """应退尽退: an enrolled household's new records exceed its thresholds; re-check it."""
    try:
        household_id = uuid.UUID(str(payload.get("household_id")))
    except ValueError:
        logger.warning(
            "exit review for malformed household id %s ignored", payload.get("household_id")
        )
        return
    warning_id = str(payload["warning_id"])
    household = await households.get(session, household_id)
    for application in await repository.enrolled_of_household(session, household_id):
        if application.exit_review_warning_id == warning_id:
            continue
        application.exit_review_warning_id = warning_id
        session.add(application)
        workflow.record(
            session,
            application,
            actor="verification",
            role=SYSTEM,
            event="exit_review",
            reason=f"启动退出复核（预警 {warning_id}）：{payload.get('reason_zh') or ''}",
        )
        consent = workflow.active_consent(await repository.consent_of(session, application.id))
        if consent is None or household is None:
            workflow.record(
                session,
                application,
                actor="intake",
                role=SYSTEM,
                event="exit_review_waiting",
                reason="授权核对已撤回：需重新取得授权后方可复核",
            )
            continue
        await outbound.request_check(session, application, household, consent)
