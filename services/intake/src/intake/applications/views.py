"""Reading applications: the full record, the timeline, the plain-language status, filtered lists."""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications import repository, states
from intake.applications.models import Application
from intake.applications.schemas import (
    ApplicationRead,
    ConsentRead,
    DocumentRead,
    ListFilters,
    StatusRead,
    TimelineRead,
)
from intake.applications.service import Opened, get_visible
from intake.clock import SHANGHAI, now
from intake.db import OutboxEvent
from intake.households.service import STAFF_ROLES
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import InvalidInput


def is_overdue(application: Application) -> bool:
    due = application.decision_due_at
    return application.state in states.AWAITING_DECISION and due is not None and due < now()


async def to_read(
    session: AsyncSession, application: Application, opened: Opened | None = None
) -> ApplicationRead:
    """The full record; `opened` carries what was just written, so it is not read back."""
    if opened is not None:
        consent, documents = opened.consent, opened.documents
    else:
        consent = await repository.consent_of(session, application.id)
        documents = await repository.documents_of(session, application.id)
    return ApplicationRead(
        id=application.id,
        household_id=application.household_id,
        region_code=application.region_code,
        kind=application.kind,
        kind_zh=states.KINDS[application.kind],
        channel=application.channel,
        state=application.state,
        subject_member_id=application.subject_member_id,
        needs=application.needs,
        consent=ConsentRead.model_validate(consent, from_attributes=True) if consent else None,
        documents=[DocumentRead.model_validate(d, from_attributes=True) for d in documents],
        documents_pending=application.documents_pending,
        allowed_transitions=states.allowed(application.state, application.kind),
        created_at=application.created_at,
        submitted_at=application.submitted_at,
        decision_due_at=application.decision_due_at,
        public_notice_ends_at=application.public_notice_ends_at,
        overdue=is_overdue(application),
        warning_id=application.warning_id,
        check_id=application.check_id,
        check_conclusion=application.check_conclusion,
        assessment_id=application.assessment_id,
        decision=application.decision,
        review_conclusion=application.review_conclusion,
        closing_reason=application.closing_reason,
    )


async def timeline(
    session: AsyncSession, *, application_id: uuid.UUID, principal: Principal
) -> list[TimelineRead]:
    application = await get_visible(session, application_id=application_id, principal=principal)
    entries = await repository.timeline_of(session, application.id)
    return [TimelineRead.model_validate(e, from_attributes=True) for e in entries]


async def _waiting_for(session: AsyncSession, application: Application) -> str | None:
    """The peer whose answer the application waits on, if its request has not even reached it."""
    pending = {
        "verifying": (application.check_request_event_id, "verification"),
        "assessed": (application.decision_request_event_id, "matching"),
    }.get(application.state)
    if pending is None or pending[0] is None:
        return None
    event = await session.get(OutboxEvent, pending[0])
    return pending[1] if event is not None and event.delivered_at is None else None


async def status(
    session: AsyncSession, *, application_id: uuid.UUID, principal: Principal
) -> StatusRead:
    application = await get_visible(session, application_id=application_id, principal=principal)
    waiting = await _waiting_for(session, application)
    summary = f"您的{states.KINDS[application.kind]}申请{states.STATE_ZH[application.state]}。"
    next_step = states.NEXT_STEP_ZH[application.state]
    if waiting == "verification":
        next_step = "核对请求已排队，核对系统暂时无法连接，恢复后将自动继续，无需重新申请。"
    elif waiting == "matching":
        next_step = "政策匹配请求已排队，匹配系统暂时无法连接，恢复后将自动继续，无需重新申请。"
    if application.state == "public_notice" and application.public_notice_ends_at:
        ends = application.public_notice_ends_at.astimezone(SHANGHAI)
        summary += f"公示期至{ends:%Y年%m月%d日}。"
    if application.documents_pending:
        next_step += "请尽快补交证明材料。"
    reasons: list[str] = []
    decision = application.decision or {}
    if decision.get("explanation_zh"):
        reasons.append(str(decision["explanation_zh"]))
    for policy in decision.get("policies", []):
        if policy.get("explanation_zh"):
            verdict = "符合" if policy.get("eligible") else "不符合"
            reasons.append(
                f"{policy.get('name_zh', policy.get('code'))}：{verdict}。{policy['explanation_zh']}"
            )
    if application.review_conclusion:
        reasons.append(f"政策会商结论：{application.review_conclusion}")
    if application.closing_reason:
        reasons.append(application.closing_reason)
    due = application.decision_due_at
    return StatusRead(
        application_id=application.id,
        state=application.state,
        state_zh=states.STATE_ZH[application.state],
        summary_zh=summary,
        next_step_zh=next_step,
        reasons_zh=reasons,
        waiting_for=waiting,
        decision_due_on=due.astimezone(SHANGHAI).date() if due else None,
    )


def _encode_cursor(application: Application) -> str:
    raw = f"{application.created_at.isoformat()}|{application.id}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        at, ident = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return datetime.fromisoformat(at), uuid.UUID(ident)
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput(
            "The cursor is not one this service issued",
            errors=[{"field": "cursor", "message": "malformed cursor"}],
        ) from None


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=SHANGHAI)


async def page(
    session: AsyncSession,
    *,
    principal: Principal,
    filters: ListFilters,
    cursor: str | None,
    limit: int,
) -> tuple[list[Application], str | None]:
    """Applications the caller may see, newest first; staff by region, applicants their own."""
    scope = principal.region_scope
    prefix = scope
    if filters.region:
        # The region filter and the caller's scope intersect: the longer prefix, or nothing.
        if not scope or filters.region.startswith(scope):
            prefix = filters.region
        elif not scope.startswith(filters.region):
            return [], None
    for field, value, allowed in (
        ("state", filters.state, states.STATES),
        ("kind", filters.kind, tuple(states.KINDS)),
        ("channel", filters.channel, ("self", "caseworker", "proactive", "partner")),
    ):
        if value is not None and value not in allowed:
            raise InvalidInput(
                f"Unknown {field} {value!r}",
                errors=[{"field": field, "message": f"one of {', '.join(allowed)}"}],
            )
    staff = principal.has_any(*STAFF_ROLES)
    rows = await repository.page(
        session,
        region_prefix=prefix if staff else None,
        created_by=None if staff else principal.subject,
        state=filters.state,
        kind=filters.kind,
        channel=filters.channel,
        created_from=_day_start(filters.created_from) if filters.created_from else None,
        created_to=_day_start(filters.created_to) + timedelta(days=1)
        if filters.created_to
        else None,
        overdue_at=now() if filters.overdue else None,
        after=_decode_cursor(cursor) if cursor else None,
        limit=limit + 1,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (_encode_cursor(rows[-1]) if more and rows else None)
