"""Who may do what in the charity service: role groups shared by the routers and the rules."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from jiuzhu_kit.auth import Principal, require_roles

# Government staff who see households of their region.
STAFF_ROLES = ("caseworker", "reviewer", "admin", "auditor", "service")
# Everyone who may browse the resource pool (not data partners: they only push records).
DIRECTORY_ROLES = (*STAFF_ROLES, "charity_partner", "applicant")

DirectoryReader = Annotated[Principal, Depends(require_roles(*DIRECTORY_ROLES))]
Staff = Annotated[Principal, Depends(require_roles(*STAFF_ROLES))]
StaffOrPartner = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, "charity_partner"))]
Manager = Annotated[Principal, Depends(require_roles("caseworker", "admin", "charity_partner"))]
Admin = Annotated[Principal, Depends(require_roles("admin"))]


def is_staff(principal: Principal) -> bool:
    return principal.has_any(*STAFF_ROLES)


def acts_for(principal: Principal, organization_id: object) -> bool:
    """True when a charity partner's token is bound to this organization."""
    return (
        principal.has_any("charity_partner")
        and principal.organization_id is not None
        and str(principal.organization_id) == str(organization_id)
    )


Registrar = Annotated[Principal, Depends(require_roles("caseworker", "admin"))]


def partner_organization(principal: Principal) -> uuid.UUID | None:
    """The organization a charity partner's token is bound to (None if absent or malformed)."""
    if not principal.has_any("charity_partner") or not principal.organization_id:
        return None
    try:
        return uuid.UUID(str(principal.organization_id))
    except ValueError:
        return None
