"""Case-conference rules: convened by a reviewer on an open case; opinions only from invited
departments; the conclusion joins the application's review and its timeline."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications import service as applications
from intake.applications import states, workflow
from intake.clock import now
from intake.conferences import repository
from intake.conferences.models import CaseConference, ConferenceOpinion
from intake.conferences.schemas import (
    ConclusionCreate,
    ConferenceCreate,
    ConferenceRead,
    OpinionCreate,
    OpinionRead,
)
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Conflict, InvalidInput, NotFound

DEPARTMENT_ZH = {
    "civil_affairs": "民政",
    "veterans_affairs": "退役军人事务",
    "disabled_persons_federation": "残联",
    "medical_insurance": "医保",
    "health": "卫健",
    "rural_revitalization": "乡村振兴",
    "human_resources": "人社",
    "education": "教育",
    "housing": "住建",
    "justice": "司法",
    "trade_union": "工会",
    "town": "乡镇",
    "village": "村（居）委会",
}


async def convene(
    session: AsyncSession,
    *,
    application_id: uuid.UUID,
    data: ConferenceCreate,
    principal: Principal,
) -> CaseConference:
    application = await applications.get_visible(
        session, application_id=application_id, principal=principal, lock=True
    )
    if application.state in states.FINAL_STATES or application.state == "draft":
        raise workflow.refuse(
            application,
            application.state,
            f"A case conference is held on a submitted, open case (this one is {application.state!r})",
        )
    conference = CaseConference(
        application_id=application.id,
        topic=data.topic,
        departments=list(dict.fromkeys(data.departments)),
        convened_by=principal.subject,
        convened_at=now(),
    )
    session.add(conference)
    workflow.record(
        session,
        application,
        actor=principal.subject,
        role=applications.role_of(principal),
        event="conference_convened",
        reason=f"召开政策会商：{data.topic}（"
        + "、".join(DEPARTMENT_ZH[d] for d in conference.departments)
        + "）",
    )
    await session.flush()
    return conference


async def _conference(
    session: AsyncSession,
    *,
    application_id: uuid.UUID,
    conference_id: uuid.UUID,
    principal: Principal,
) -> CaseConference:
    await applications.get_visible(session, application_id=application_id, principal=principal)
    conference = await repository.get(session, conference_id)
    if conference is None or conference.application_id != application_id:
        raise NotFound(f"Case conference {conference_id} not found")
    return conference


async def record_opinion(
    session: AsyncSession,
    *,
    application_id: uuid.UUID,
    conference_id: uuid.UUID,
    data: OpinionCreate,
    principal: Principal,
) -> CaseConference:
    conference = await _conference(
        session, application_id=application_id, conference_id=conference_id, principal=principal
    )
    if conference.concluded_at is not None:
        raise Conflict("The conference has concluded; its opinions are final")
    if data.department not in conference.departments:
        raise InvalidInput(
            f"{data.department} was not convened to this conference",
            errors=[
                {"field": "department", "message": f"one of {', '.join(conference.departments)}"}
            ],
        )
    if await repository.opinion(session, conference.id, data.department, data.scheme):
        raise Conflict(f"{data.department} has already given its opinion on {data.scheme}")
    session.add(
        ConferenceOpinion(
            conference_id=conference.id,
            recorded_by=principal.subject,
            recorded_at=now(),
            **data.model_dump(),
        )
    )
    await session.flush()
    return conference


async def conclude(
    session: AsyncSession,
    *,
    application_id: uuid.UUID,
    conference_id: uuid.UUID,
    data: ConclusionCreate,
    principal: Principal,
) -> CaseConference:
    conference = await _conference(
        session, application_id=application_id, conference_id=conference_id, principal=principal
    )
    if conference.concluded_at is not None:
        raise Conflict("The conference has already concluded")
    application = await applications.get_visible(
        session, application_id=application_id, principal=principal, lock=True
    )
    opinions = await repository.opinions_of(session, conference.id)
    if not opinions:
        raise InvalidInput(
            "A conference concludes on the departments' opinions; none is recorded",
            errors=[{"field": "conclusion", "message": "record at least one opinion first"}],
        )
    conference.conclusion, conference.concluded_by = data.conclusion, principal.subject
    conference.concluded_at = now()
    session.add(conference)
    lines = [
        f"{DEPARTMENT_ZH.get(o.department, o.department)}：{o.scheme}"
        f"{'符合' if o.eligible else '不符合'}（{o.reason}）"
        for o in opinions
    ]
    application.review_conclusion = data.conclusion
    session.add(application)
    workflow.record(
        session,
        application,
        actor=principal.subject,
        role=applications.role_of(principal),
        event="conference_concluded",
        reason=f"会商结论：{data.conclusion}；各部门意见：" + "；".join(lines),
    )
    await session.flush()
    return conference


async def to_read(session: AsyncSession, conference: CaseConference) -> ConferenceRead:
    opinions = await repository.opinions_of(session, conference.id)
    return ConferenceRead(
        id=conference.id,
        application_id=conference.application_id,
        topic=conference.topic,
        departments=conference.departments,
        convened_by=conference.convened_by,
        convened_at=conference.convened_at,
        opinions=[OpinionRead.model_validate(o, from_attributes=True) for o in opinions],
        conclusion=conference.conclusion,
        concluded_by=conference.concluded_by,
        concluded_at=conference.concluded_at,
    )


async def list_for(
    session: AsyncSession, *, application_id: uuid.UUID, principal: Principal
) -> list[CaseConference]:
    await applications.get_visible(session, application_id=application_id, principal=principal)
    return await repository.of_application(session, application_id)
