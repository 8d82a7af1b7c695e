"""Application use cases: apply, move through the workflow, consent, documents, and reading them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from intake.applications import repository, states, workflow
from intake.applications.models import Application, ApplicationDocument, Consent
from intake.applications.schemas import (
    ApplicationCreate,
    ConsentGrant,
    DocumentMeta,
    TransitionRequest,
)
from intake.clock import now
from intake.db import new_row, without_transaction, write_new
from intake.households import repository as households
from intake.households import service as households_service
from intake.households.models import Household
from jiuzhu_kit import pii
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import Conflict, Forbidden, InvalidInput, NotFound

ROLE_ORDER = (
    "admin",
    "reviewer",
    "caseworker",
    "auditor",
    "applicant",
    "charity_partner",
    "service",
)


def role_of(principal: Principal) -> str:
    return next((r for r in ROLE_ORDER if r in principal.roles), "unknown")


def channel_for(principal: Principal) -> str:
    if principal.has_any("caseworker", "reviewer", "admin"):
        return "caseworker"
    if principal.has_any("charity_partner"):
        return "partner"
    return "self"


def open_key(kind: str, person_index: str) -> str:
    return f"{kind}:{person_index}"


def visible(application: Application, household: Household | None, principal: Principal) -> bool:
    if principal.has_any(*households_service.STAFF_ROLES):
        return principal.sees_region(application.region_code)
    return application.created_by == principal.subject or (
        household is not None and household.created_by == principal.subject
    )


async def get_visible(
    session: AsyncSession, *, application_id: uuid.UUID, principal: Principal, lock: bool = False
) -> Application:
    application = await (
        repository.get_for_update(session, application_id)
        if lock
        else repository.get(session, application_id)
    )
    household = (
        await households.get(session, application.household_id) if application is not None else None
    )
    # Out of scope looks exactly like absent.
    if application is None or not visible(application, household, principal):
        raise NotFound(f"Application {application_id} not found")
    return application


def _add_consent(
    session: AsyncSession, application: Application, grant: ConsentGrant, principal: Principal
) -> Consent:
    consent = new_row(
        Consent,
        application_id=application.id,
        granted_by=grant.granted_by,
        signer_name=grant.signer_name,
        granted_at=grant.granted_at or now(),
        scope=list(grant.scope),
        share_with_charity=grant.share_with_charity,
        recorded_by=principal.subject,
    )
    session.add(consent)
    workflow.record(
        session,
        application,
        actor=principal.subject,
        role=role_of(principal),
        event="consent_granted",
        reason=f"{grant.signer_name}（{grant.granted_by}）授权核对：{'、'.join(grant.scope)}",
    )
    return consent


def _add_documents(
    session: AsyncSession,
    application: Application,
    documents: list[DocumentMeta],
    principal: Principal,
) -> list[ApplicationDocument]:
    rows = [
        new_row(
            ApplicationDocument,
            application_id=application.id,
            added_by=principal.subject,
            **doc.model_dump(),
        )
        for doc in documents
    ]
    session.add_all(rows)
    if documents:
        workflow.record(
            session,
            application,
            actor=principal.subject,
            role=role_of(principal),
            event="documents_added",
            reason="、".join(d.file_name for d in documents),
        )
    return rows


@dataclass
class Opened:
    """A new application with the consent and documents written with it."""

    application: Application
    consent: Consent | None
    documents: list[ApplicationDocument]


async def create(
    session: AsyncSession, *, data: ApplicationCreate, principal: Principal, pii_key: str
) -> Opened:
    """Open an application (and declare its household if given inline); submit it if asked.

    Everything is written at the end by one `write_new`: one statement on PostgreSQL, run
    without a transaction around it (`without_transaction`: everything before it only reads).
    """
    await without_transaction(session)
    if data.submit and data.consent is None:
        raise InvalidInput(
            "Submitting needs the household's consent to the economic check (授权核对)",
            errors=[{"field": "consent", "message": "required when submit is true"}],
        )
    declared: households_service.Declared | None = None
    if data.household is not None:
        members_declared = len(data.household.members)
        if data.member_index is not None and data.member_index >= members_declared:
            raise _no_such_member(data.member_index, members_declared)
        declared = await households_service.declare(
            session,
            data=data.household,
            principal=principal,
            pii_key=pii_key,
            field_prefix="household.",
            write=False,
        )
        household, members = declared.household, declared.members
    else:
        assert data.household_id is not None
        household = await households_service.get_visible(
            session, household_id=data.household_id, principal=principal
        )
        members = await households.members_of(session, household.id)
        if data.member_index is not None and data.member_index >= len(members):
            raise _no_such_member(data.member_index, len(members))
    subject = (
        members[data.member_index]
        if data.member_index is not None
        else next(m for m in members if m.relation == "head")
    )
    key = open_key(data.kind, subject.id_index)
    application = new_application(
        session,
        household=household,
        kind=data.kind,
        channel=channel_for(principal),
        subject_member_id=subject.id,
        open_key=key,
        needs=[n.model_dump() for n in data.needs],
        actor=principal.subject,
        role=role_of(principal),
    )
    consent = _add_consent(session, application, data.consent, principal) if data.consent else None
    documents = _add_documents(session, application, data.documents, principal)
    if data.submit:
        # Nothing is flushed before the end: the duplicate guard answers at that one flush.
        with session.no_autoflush:
            await workflow.move(
                session,
                application,
                "submitted",
                actor=principal.subject,
                role=role_of(principal),
                consent=consent,
                declared=declared,
            )
    await flush_guarded(session, key)
    return Opened(application, consent, documents)


def _no_such_member(index: int, count: int) -> InvalidInput:
    return InvalidInput(
        f"member_index {index} is beyond the household's {count} members",
        errors=[{"field": "member_index", "message": "no such member"}],
    )


async def flush_guarded(session: AsyncSession, key: str) -> None:
    """Write; if the open key is taken (a duplicate, perhaps racing this one), answer 409."""
    try:
        await write_new(session)
    except IntegrityError as exc:
        if "open_key" not in str(exc.orig):
            raise
        await session.rollback()
        existing = await repository.by_open_key(session, key)
        raise Conflict(
            f"This person already has an open {states.KINDS[key.split(':')[0]]} application",
            application_id=str(existing.id) if existing is not None else None,
            current_state=existing.state if existing is not None else None,
        ) from None


def new_application(
    session: AsyncSession,
    *,
    household: Household,
    kind: str,
    channel: str,
    subject_member_id: uuid.UUID,
    open_key: str,
    needs: list[dict[str, object]],
    actor: str,
    role: str,
    warning_id: str | None = None,
    reason: str | None = None,
) -> Application:
    """A new draft, added to the session; `flush_guarded` enforces one open case per person."""
    application = new_row(
        Application,
        household_id=household.id,
        region_code=household.region_code,
        kind=kind,
        channel=channel,
        state="draft",
        subject_member_id=subject_member_id,
        open_key=open_key,
        warning_id=warning_id,
        needs=needs,
        created_by=actor,
        created_at=now(),
        updated_at=now(),
    )
    session.add(application)
    workflow.record(
        session,
        application,
        actor=actor,
        role=role,
        event="created",
        to_state="draft",
        reason=reason,
    )
    return application


async def transition(
    session: AsyncSession,
    *,
    application_id: uuid.UUID,
    data: TransitionRequest,
    principal: Principal,
) -> Application:
    application = await get_visible(
        session, application_id=application_id, principal=principal, lock=True
    )
    if data.to not in states.TRANSITIONS:
        raise InvalidInput(
            f"Unknown state {data.to!r}",
            errors=[{"field": "to", "message": f"one of {', '.join(states.STATES)}"}],
        )
    step = states.step(application.state, data.to, application.kind)
    if step is None:
        raise workflow.refuse(application, data.to)
    if not principal.has_any(*step.roles):
        if step.roles == {states.SYSTEM}:
            raise workflow.refuse(
                application,
                data.to,
                f"Moving from {application.state!r} to {data.to!r} happens when the peer service "
                "reports (verification or matching); it cannot be requested",
            )
        raise Forbidden(f"Moving to {data.to!r} needs one of the roles {sorted(step.roles)}")
    await workflow.move(
        session,
        application,
        data.to,
        actor=principal.subject,
        role=role_of(principal),
        reason=data.reason,
    )
    await session.flush()
    return application


async def grant_consent(
    session: AsyncSession, *, application_id: uuid.UUID, data: ConsentGrant, principal: Principal
) -> Application:
    application = await get_visible(
        session, application_id=application_id, principal=principal, lock=True
    )
    if application.state in states.FINAL_STATES:
        raise workflow.refuse(application, application.state, "The application is closed")
    _add_consent(session, application, data, principal)
    await session.flush()
    return application


async def revoke_consent(
    session: AsyncSession, *, application_id: uuid.UUID, reason: str | None, principal: Principal
) -> Application:
    """The household withdraws its authorization: no further check is requested with it."""
    application = await get_visible(
        session, application_id=application_id, principal=principal, lock=True
    )
    consent = workflow.active_consent(await repository.consent_of(session, application.id))
    if consent is None:
        raise Conflict("There is no unrevoked consent on this application")
    consent.revoked_at, consent.revoked_by = now(), principal.subject
    consent.revocation_reason = reason
    session.add(consent)
    workflow.record(
        session,
        application,
        actor=principal.subject,
        role=role_of(principal),
        event="consent_revoked",
        reason=reason,
    )
    await session.flush()
    return application


async def add_documents(
    session: AsyncSession,
    *,
    application_id: uuid.UUID,
    documents: list[DocumentMeta],
    principal: Principal,
) -> Application:
    application = await get_visible(
        session, application_id=application_id, principal=principal, lock=True
    )
    if application.state in ("rejected", "withdrawn"):
        raise workflow.refuse(application, application.state, "The application is closed")
    _add_documents(session, application, documents, principal)
    application.documents_pending = False
    session.add(application)
    await session.flush()
    return application


def person_index(id_number: str, pii_key: str) -> str:
    return pii.blind_index(id_number.upper(), pii_key)
