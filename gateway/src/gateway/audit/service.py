"""When a read must be audited, and writing it down before the data leaves the gateway."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway.audit import repository
from gateway.audit.models import AuditEntry
from gateway.audit.schemas import AuditQuery
from jiuzhu_kit.auth import Principal
from jiuzhu_kit.errors import InvalidInput

# Roles the services show ID numbers and phones to unmasked (the others get them masked).
UNMASKED_ROLES = ("caseworker", "reviewer", "admin")
# A service may say explicitly what a response holds, overriding the role rule.
PII_HEADER = "x-jiuzhu-pii"
PURPOSE_HEADER = "x-purpose"


def purpose_of(header: str | None) -> str | None:
    """The stated purpose; percent-encoded UTF-8 is decoded (headers are ASCII: 入户调查 → %E5%85%A5…)."""
    if not header or not header.strip():
        return None
    return unquote(header.strip())[:300]


def must_audit(
    *, principal: Principal, method: str, status: int, personal: bool, pii_header: str | None
) -> bool:
    """A successful read of a personal-data resource by a role that sees it unmasked."""
    if method != "GET" or not 200 <= status < 300:
        return False
    if pii_header is not None:
        return pii_header.strip().lower() == "unmasked"
    return personal and principal.has_any(*UNMASKED_ROLES)


async def record_read(
    sessions: async_sessionmaker[AsyncSession],
    *,
    principal: Principal,
    method: str,
    path: str,
    service: str,
    status: int,
    purpose: str | None,
    request_id: str | None,
) -> None:
    """Append one entry in its own transaction, committed before the response is sent.

    The proxy has no request session (most forwarded requests write nothing here), so this is
    the one place that owns a commit; a failure raises and the data is not released.
    """
    async with sessions.begin() as session:
        repository.append(
            session,
            AuditEntry(
                subject=principal.subject,
                subject_name=principal.name,
                roles=sorted(principal.roles),
                method=method,
                path=path[:500],
                service=service,
                status=status,
                purpose=purpose_of(purpose),
                request_id=request_id,
            ),
        )


async def search(session: AsyncSession, *, query: AuditQuery) -> tuple[Sequence[AuditEntry], int]:
    for name, moment in (("since", query.since), ("until", query.until)):
        if moment is not None and moment.tzinfo is None:
            raise InvalidInput(
                f"{name} needs a timezone (e.g. 2026-11-28T08:00:00+08:00)",
                errors=[{"field": name, "message": "timezone required"}],
            )
    return await repository.page(session, query=query)
