"""The events intake sends its peers about an application, shaped exactly as docs/contracts.md says."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications.models import Application, Consent
from intake.clock import SHANGHAI, now
from intake.db import enqueue
from intake.households import repository as households
from intake.households.models import Household, Member
from intake.households.service import Declared, age_on
from jiuzhu_kit import pii


def _yuan(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01'))}"


def check_period(today: date) -> dict[str, str]:
    """The 12 full months before the current one (Asia/Shanghai), e.g. 2025-11-01 … 2026-10-31."""
    first_of_month = today.replace(day=1)
    year, month = first_of_month.year - 1, first_of_month.month
    return {
        "from": date(year, month, 1).isoformat(),
        "to": (first_of_month - timedelta(days=1)).isoformat(),
    }


def _member(m: Member) -> dict[str, Any]:
    return {
        "member_id": str(m.id),
        "id_number": m.id_number,
        "name": m.name,
        "relation": m.relation,
        "birth_date": m.birth_date.isoformat(),
        "sex": m.sex,
        "co_resident": m.co_resident,
        "exclusion": m.exclusion,
        "disability_category": m.disability_category,
        "disability_grade": m.disability_grade,
        "serious_illness": m.serious_illness,
        "chronic_illness": m.chronic_illness,
        "capacity_to_work": m.capacity_to_work,
        "school_stage": m.school_stage,
        "employment": m.employment,
        "veteran": m.veteran,
        "has_able_supporter": m.has_able_supporter,
    }


async def request_check(
    session: AsyncSession,
    application: Application,
    household: Household,
    consent: Consent,
    *,
    declared: Declared | None = None,
) -> None:
    """check.requested → verification (only ever called with an unrevoked consent)."""
    if declared is not None:
        members, income_rows, asset_rows = declared.members, declared.incomes, declared.assets
    else:
        members = await households.members_of(session, household.id)
        income_rows = await households.incomes_of(session, [m.id for m in members])
        asset_rows = await households.assets_of(session, [m.id for m in members])
    by_id = {m.id: m for m in members}
    incomes = [
        {
            "id_number": by_id[i.member_id].id_number,
            "type": i.type,
            "monthly_yuan": _yuan(i.monthly_yuan),
        }
        for i in income_rows
    ]
    assets = [
        {
            "id_number": by_id[a.member_id].id_number,
            "type": a.type,
            "value_yuan": _yuan(a.value_yuan),
        }
        for a in asset_rows
    ]
    event = enqueue(
        session,
        destination="verification",
        topic="check.requested",
        payload={
            "application_id": str(application.id),
            "household_id": str(household.id),
            "household_version": household.version,
            "region_code": household.region_code,
            "registration": household.registration,
            "consent": {
                "consent_id": str(consent.id),
                "granted_by": consent.granted_by,
                "granted_at": consent.granted_at.isoformat(),
                "scope": consent.scope,
            },
            "period": check_period(now().astimezone(SHANGHAI).date()),
            "members": [_member(m) for m in members],
            "declared": {"incomes": incomes, "assets": assets},
        },
    )
    application.check_request_event_id = event.id


def request_decision(session: AsyncSession, application: Application) -> None:
    """decision.requested → matching, with verification's facts and the needs inventory."""
    facts = dict(application.facts or {})
    if application.kind == "temporary_emergency" and not (facts.get("hardship") or {}).get(
        "sudden"
    ):
        # 急难型: the application itself attests the sudden hardship the scheme is for.
        facts["hardship"] = {"sudden": True, "kind": "emergency"}
    event = enqueue(
        session,
        destination="matching",
        topic="decision.requested",
        payload={
            "application_id": str(application.id),
            "household_id": str(application.household_id),
            "kinds": [application.kind],
            "facts": facts,
            "needs": application.needs,
        },
    )
    application.decision_request_event_id = event.id


async def send_uncovered_needs(
    session: AsyncSession, application: Application, consent: Consent | None
) -> None:
    """needs.uncovered → charity: what the plan leaves open (or, with no plan yet, every need)."""
    decision = application.decision or {}
    needs = decision.get("uncovered_needs") if decision else application.needs
    if not needs:
        return
    today = now().astimezone(SHANGHAI).date()
    members = await households.members_of(session, application.household_id)
    enqueue(
        session,
        destination="charity",
        topic="needs.uncovered",
        payload={
            "application_id": str(application.id),
            "household_id": str(application.household_id),
            "region_code": application.region_code,
            "needs": needs,
            "consent_to_share": bool(
                consent and consent.share_with_charity and consent.revoked_at is None
            ),
            "household": {
                "members": [
                    {
                        "name_masked": pii.mask_name(m.name),
                        "age": age_on(m.birth_date, today),
                        "sex": m.sex,
                        "disability_category": m.disability_category,
                        "disability_grade": m.disability_grade,
                        "serious_illness": m.serious_illness,
                    }
                    for m in members
                ],
                "circle": decision.get("circle"),
                "group": decision.get("group"),
            },
        },
    )


async def announce_enrolment(session: AsyncSession, application: Application) -> None:
    """household.enrolled → verification: the household joins the monitored population."""
    decision = application.decision or {}
    facts = application.facts or {}
    schemes = [p["code"] for p in decision.get("policies", []) if p.get("eligible")]
    thresholds = decision.get("thresholds") or {
        "per_capita_monthly_income_yuan": (facts.get("income") or {}).get(
            "per_capita_monthly_yuan", "0.00"
        ),
        "assets_total_yuan": (facts.get("assets") or {}).get("total_yuan", "0.00"),
    }
    members = await households.members_of(session, application.household_id)
    enqueue(
        session,
        destination="verification",
        topic="household.enrolled",
        payload={
            "household_id": str(application.household_id),
            "application_id": str(application.id),
            "region_code": application.region_code,
            "schemes": schemes or [application.kind],
            "thresholds": thresholds,
            "members": [{"id_number": m.id_number} for m in members],
        },
    )


def announce_exit(session: AsyncSession, application: Application, reason: str) -> None:
    """household.exited → verification: monitoring for this enrolment ends."""
    enqueue(
        session,
        destination="verification",
        topic="household.exited",
        payload={
            "household_id": str(application.household_id),
            "application_id": str(application.id),
            "reason": reason,
        },
    )
