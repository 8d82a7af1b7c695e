"""Demo identities for `make run`: one per role and partner kind, created in development only.

Their passwords and secrets are public (gateway/README.md); `GatewaySettings.seeds_demo_identities`
is false in every environment but development, so they never exist anywhere real.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI
from sqlalchemy.exc import IntegrityError

from gateway.identities import repository, service
from gateway.identities.schemas import PartnerCreate, PersonCreate

logger = logging.getLogger(__name__)

DEMO_PASSWORD = "jiuzhu-demo-password"
DEMO_CHARITY_ORGANIZATION = "00000000-0000-4000-8000-00000000c0de"

DEMO_PEOPLE = (
    PersonCreate(
        username="demo-applicant",
        name="张开发 (demo applicant)",
        roles=["applicant"],
        password=DEMO_PASSWORD,
    ),
    PersonCreate(
        username="demo-caseworker-anren",
        name="安仁县民政助理员 (demo)",
        roles=["caseworker"],
        region_scope="431028",
        password=DEMO_PASSWORD,
    ),
    PersonCreate(
        username="demo-caseworker-conghua",
        name="从化区民政助理员 (demo)",
        roles=["caseworker"],
        region_scope="440117",
        password=DEMO_PASSWORD,
    ),
    PersonCreate(
        username="demo-reviewer-anren",
        name="安仁县民政局审核员 (demo)",
        roles=["reviewer"],
        region_scope="431028",
        password=DEMO_PASSWORD,
    ),
    PersonCreate(
        username="demo-admin", name="系统管理员 (demo)", roles=["admin"], password=DEMO_PASSWORD
    ),
    PersonCreate(
        username="demo-auditor", name="审计员 (demo)", roles=["auditor"], password=DEMO_PASSWORD
    ),
)
DEMO_PARTNERS = (
    (
        PartnerCreate(
            client_id="demo-medical-insurance",
            name="医保局 (demo data partner)",
            role="data_partner",
            allowed_sources=["medical_insurance"],
        ),
        "demo-medical-insurance-secret",
    ),
    (
        PartnerCreate(
            client_id="demo-charity",
            name="爱心公益协会 (demo charity partner)",
            role="charity_partner",
            organization_id=DEMO_CHARITY_ORGANIZATION,
        ),
        "demo-charity-secret",
    ),
)


async def seed_demo_identities(app: FastAPI) -> None:
    """Startup hook: create each demo identity that does not exist yet (idempotent)."""
    if not app.state.settings.seeds_demo_identities:
        return
    created = 0
    for person in DEMO_PEOPLE:
        try:
            async with app.state.sessions.begin() as session:
                if await repository.by_username(session, person.username) is None:
                    await service.create_person(session, data=person)
                    created += 1
        except IntegrityError:  # another replica seeded it at the same moment
            continue
    for partner, secret in DEMO_PARTNERS:
        try:
            async with app.state.sessions.begin() as session:
                if await repository.by_username(session, partner.client_id) is None:
                    await service.create_partner(session, data=partner, secret=secret)
                    created += 1
        except IntegrityError:
            continue
    if created:
        logger.info("seeded %d demo identities (development only)", created)
