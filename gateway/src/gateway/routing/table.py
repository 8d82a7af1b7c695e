"""The routing table of ARCHITECTURE.md: public path prefix → owning service, roles, personal data.

The gateway refuses a role that a route does not list before the request leaves it; the owning
service verifies the token again and scopes the data (region, organization, own household).
"""

from __future__ import annotations

from dataclasses import dataclass

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

STAFF = frozenset({"caseworker", "reviewer", "admin"})
OVERSIGHT = STAFF | {"auditor"}
EVERYONE = OVERSIGHT | {"applicant", "data_partner", "charity_partner"}


@dataclass(frozen=True)
class Route:
    prefix: str
    service: str
    read: frozenset[str]  # roles allowed to GET
    write: frozenset[str]  # roles allowed to POST, PUT, PATCH, DELETE
    # Responses may carry ID numbers or phones: unmasked reads of it are audited.
    personal: bool = False

    def allows(self, method: str, roles: frozenset[str]) -> bool:
        allowed = self.read if method in READ_METHODS else self.write
        return bool(allowed & roles)

    def roles_for(self, method: str) -> frozenset[str]:
        return self.read if method in READ_METHODS else self.write


def _r(*roles: str) -> frozenset[str]:
    return frozenset(roles)


TABLE: tuple[Route, ...] = (
    # intake: households as declared, applications (申请受理)
    Route(
        "/v1/households",
        "intake",
        OVERSIGHT | {"applicant"},
        _r("applicant", "caseworker", "admin"),
        personal=True,
    ),
    Route(
        "/v1/applications",
        "intake",
        OVERSIGHT | {"applicant"},
        STAFF | {"applicant"},
        personal=True,
    ),
    # verification: partner data (数据共享), checks (信息化核对), home visits, warnings (预警)
    Route(
        "/v1/data-feeds", "verification", OVERSIGHT | {"data_partner"}, _r("data_partner", "admin")
    ),
    Route(
        "/v1/records",
        "verification",
        OVERSIGHT | {"data_partner"},
        _r("data_partner", "admin"),
        personal=True,
    ),
    Route("/v1/checks", "verification", OVERSIGHT, STAFF, personal=True),
    Route("/v1/assessments", "verification", OVERSIGHT, STAFF, personal=True),
    Route("/v1/warnings", "verification", OVERSIGHT, STAFF, personal=True),
    Route("/v1/monitoring", "verification", OVERSIGHT, _r("reviewer", "admin", "data_partner")),
    # matching: policy catalog (政策一本通), parameters, decisions, plans (一户一策), simulations
    Route("/v1/policies", "matching", EVERYONE, _r("admin")),
    Route("/v1/parameters", "matching", EVERYONE, _r("admin")),
    Route("/v1/decisions", "matching", OVERSIGHT | {"applicant"}, STAFF),
    Route("/v1/plans", "matching", OVERSIGHT | {"applicant"}, STAFF),
    Route("/v1/simulations", "matching", OVERSIGHT | {"applicant"}, STAFF | {"applicant"}),
    # charity: organizations, resources, referrals (救助+), love list, orders, deliveries
    Route("/v1/organizations", "charity", EVERYONE, _r("admin", "charity_partner")),
    Route("/v1/resources", "charity", EVERYONE, _r("admin", "charity_partner")),
    Route(
        "/v1/referrals",
        "charity",
        OVERSIGHT | {"charity_partner", "applicant"},
        STAFF | {"charity_partner"},
        personal=True,
    ),
    Route(
        "/v1/love-list",
        "charity",
        EVERYONE,
        _r("admin", "charity_partner", "applicant", "caseworker"),
    ),
    Route(
        "/v1/orders",
        "charity",
        OVERSIGHT | {"charity_partner", "applicant"},
        STAFF | {"charity_partner", "applicant"},
        personal=True,
    ),
    Route(
        "/v1/deliveries",
        "charity",
        OVERSIGHT | {"charity_partner", "applicant"},
        STAFF | {"charity_partner"},
        personal=True,
    ),
    Route(
        "/v1/service-records",
        "charity",
        OVERSIGHT | {"charity_partner"},
        STAFF | {"charity_partner"},
        personal=True,
    ),
    Route("/hsds", "charity", EVERYONE, _r("admin")),
)

ROUTES: dict[str, tuple[str, ...]] = {}
for _route in TABLE:
    ROUTES[_route.service] = (*ROUTES.get(_route.service, ()), _route.prefix)

SERVICES = tuple(ROUTES)


def route_for(path: str) -> Route | None:
    """The route owning `path`, matching whole path segments (`/v1/plans` not `/v1/plansx`)."""
    for route in TABLE:
        if path == route.prefix or path.startswith(route.prefix + "/"):
            return route
    return None


def service_for(path: str) -> str | None:
    route = route_for(path)
    return route.service if route is not None else None
