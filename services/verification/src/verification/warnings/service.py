"""Warning rules: who sees a warning, how it moves, what confirming it sets off, when it escalates.

A warning is assigned to its town by region code; a caseworker sees the warnings of towns within
their scope, and anything else is 404. States move new → dispatched → visiting → confirmed or
dismissed (with a reason); an open warning past its deadline is escalated to the county. Confirming
sends intake `warning.confirmed` (a proactive application) or, for exit review, `exit_review.requested`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from jiuzhu_kit import pii
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Conflict, NotFound
from jiuzhu_kit.outbox import enqueue
from verification.db import OutboxEvent
from verification.monitoring import repository as population
from verification.monitoring import rules as rule_docs
from verification.monitoring import service as monitoring
from verification.monitoring.models import MonitoredHousehold
from verification.warnings import repository
from verification.warnings.clock import day_in_china
from verification.warnings.models import Warning
from verification.warnings.schemas import (
    EvidenceRead,
    WarningHouseholdRead,
    WarningMemberRead,
    WarningRead,
    WarningTransition,
)

ALLOWED: dict[str, tuple[str, ...]] = {
    "new": ("dispatched", "dismissed"),
    "dispatched": ("visiting", "dismissed"),
    "visiting": ("confirmed", "dismissed"),
    "confirmed": (),
    "dismissed": (),
}
EXIT_REVIEW_KINDS = ("exit_review_income", "exit_review_assets")


async def get_visible(
    session: AsyncSession, *, warning_id: int, principal: Principal, for_update: bool = False
) -> Warning:
    warning = await repository.get(session, warning_id, for_update=for_update)
    if warning is None or not principal.sees_region(warning.assigned_region):
        raise NotFound(f"Warning {warning_id} does not exist or is outside your region")
    return warning


async def list_visible(
    session: AsyncSession,
    *,
    principal: Principal,
    now: datetime,
    state: str | None,
    severity: str | None,
    overdue: bool,
    escalated: bool | None,
    after_id: int,
    limit: int,
) -> list[Warning]:
    return await repository.page(
        session,
        region_prefix=principal.region_scope,
        state=state,
        severity=severity,
        overdue_before=day_in_china(now) if overdue else None,
        escalated=escalated,
        after_id=after_id,
        limit=limit,
    )


async def transition(
    session: AsyncSession,
    *,
    warning_id: int,
    data: WarningTransition,
    principal: Principal,
    now: datetime,
) -> Warning:
    """Apply one allowed move; anything else is a 409 naming the state and the allowed moves."""
    warning = await get_visible(
        session, warning_id=warning_id, principal=principal, for_update=True
    )
    allowed = ALLOWED[warning.state]
    if data.to not in allowed:
        raise Conflict(
            f"Warning {warning_id} is {warning.state}; it can move to "
            f"{', '.join(allowed) or 'nothing (it is concluded)'}, not to {data.to}",
            current_state=warning.state,
            allowed=list(allowed),
        )
    warning.state = data.to
    if data.to == "dispatched":
        warning.dispatched_at = now
    elif data.to == "visiting":
        warning.visit_started_at = now
    else:
        warning.concluded_at, warning.concluded_by = now, principal.subject
        if data.to == "dismissed":
            warning.dismissal_reason = (data.reason or "").strip()
    session.add(warning)
    if data.to == "confirmed":
        await _announce_confirmed(session, warning)
    await session.flush()
    return warning


async def _announce_confirmed(session: AsyncSession, warning: Warning) -> None:
    household = await population.household(session, warning.household_key)
    reason = await reason_zh(session, warning, household)
    evidence = [_evidence_payload(r) for r in await repository.records(session, warning.evidence)]
    if warning.rule_kind in EXIT_REVIEW_KINDS:
        enqueue(
            session,
            OutboxEvent,
            destination="intake",
            topic="exit_review.requested",
            payload={
                "warning_id": str(warning.id),
                "household_id": str(warning.household_id) if warning.household_id else None,
                "reason_zh": reason,
                "evidence": evidence,
            },
        )
        return
    members = await population.members(session, warning.household_key)
    enqueue(
        session,
        OutboxEvent,
        destination="intake",
        topic="warning.confirmed",
        payload={
            "warning_id": str(warning.id),
            "rule_code": warning.rule_code,
            "reason_zh": reason,
            "evidence": evidence,
            "region_code": warning.region_code,
            "household_id": str(warning.household_id) if warning.household_id else None,
            "household": {
                "region_code": warning.region_code,
                "address": household.address if household else None,
                "registration": household.registration if household else None,
                # Plaintext IDs go to intake only (contracts.md): it opens the application with them.
                "members": [
                    {"id_number": m.id_number, "name": m.name, "relation": m.relation}
                    for m in _head_first(members, warning.person_index)
                ],
            },
        },
    )


def _head_first(members: list[Any], subject: str | None) -> list[Any]:
    return sorted(members, key=lambda m: (m.relation != "head", m.person_index != subject))


def _evidence_payload(record: Any) -> dict[str, Any]:
    return {
        "record_id": record.id,
        "source": record.source,
        "kind": record.kind,
        "type": record.type,
        "amount_yuan": None if record.amount_yuan is None else f"{record.amount_yuan:.2f}",
        "date": record.effective_on.isoformat(),
    }


async def escalate(session: AsyncSession, *, now: datetime) -> tuple[int, date]:
    today = day_in_china(now)
    return await repository.escalate_overdue(session, today=today, now=now), today


async def reason_zh(
    session: AsyncSession, warning: Warning, household: MonitoredHousehold | None
) -> str:
    """The rule's explanation template, filled from the rule's parameters and the warning's figures."""
    rule = _rule_for(await monitoring.rules_of_version(session, warning.rule_version), warning)
    if rule is None:
        return f"规则 {warning.rule_code} 触发预警"
    figure = warning.figure_yuan
    values: dict[str, Any] = {
        "window_days": rule.window_days(),
        "window_from": warning.window_from.isoformat(),
        "window_to": warning.window_to.isoformat(),
        "event_count": warning.event_count,
        "total_yuan": _yuan(figure),
        "monthly_per_capita_yuan": _yuan(figure),
        "annual_income_yuan": _yuan(household.annual_income_yuan if household else None),
        "threshold_yuan": _yuan(
            (
                household.income_threshold_monthly_yuan
                if rule.kind == "exit_review_income"
                else household.assets_threshold_yuan
            )
            if household
            else None
        ),
    }
    for name, value in rule.params.items():
        values[name] = _yuan(value) if name.endswith("_yuan") else f"{value.normalize():f}"
    return rule_docs.render(rule.explanation_zh, values)


def _rule_for(rule_list: list[rule_docs.Rule], warning: Warning) -> rule_docs.Rule | None:
    candidates = [
        r
        for r in rule_list
        if r.code == warning.rule_code
        and warning.region_code.startswith(r.region)
        and r.in_force(warning.window_to)
    ]
    return max(candidates, key=lambda r: len(r.region), default=None)


def _yuan(value: Decimal | None) -> str | None:
    return None if value is None else f"{Decimal(value):.2f}"


async def to_read(session: AsyncSession, warning: Warning, *, now: datetime) -> WarningRead:
    household = await population.household(session, warning.household_key)
    members = await population.members(session, warning.household_key)
    subject = next((m for m in members if m.person_index == warning.person_index), None)
    assert warning.id is not None
    return WarningRead(
        id=warning.id,
        rule_code=warning.rule_code,
        rule_kind=warning.rule_kind,
        rule_version=warning.rule_version,
        severity=warning.severity,
        state=warning.state,
        reason_zh=await reason_zh(session, warning, household),
        figure_yuan=warning.figure_yuan,
        event_count=warning.event_count,
        window_from=warning.window_from,
        window_to=warning.window_to,
        subject_id_number_masked=pii.mask_id_number(subject.id_number) if subject else None,
        household=WarningHouseholdRead(
            household_key=warning.household_key,
            household_id=warning.household_id,
            region_code=warning.region_code,
            status=household.status if household else None,
            members=[
                WarningMemberRead(
                    name_masked=pii.mask_name(m.name) if m.name else None,
                    id_number_masked=pii.mask_id_number(m.id_number),
                    relation=m.relation,
                )
                for m in members
            ],
        ),
        evidence=[
            EvidenceRead(
                record_id=r.id,
                source=r.source,
                kind=r.kind,
                type=r.type,
                amount_yuan=r.amount_yuan,
                effective_on=r.effective_on,
            )
            for r in await repository.records(session, warning.evidence)
        ],
        assigned_region=warning.assigned_region,
        deadline_on=warning.deadline_on,
        overdue=warning.state in repository.OPEN_STATES and warning.deadline_on < day_in_china(now),
        escalated_to=warning.escalated_to,
        escalated_at=warning.escalated_at,
        raised_at=warning.raised_at,
        dispatched_at=warning.dispatched_at,
        visit_started_at=warning.visit_started_at,
        concluded_at=warning.concluded_at,
        dismissal_reason=warning.dismissal_reason,
    )
