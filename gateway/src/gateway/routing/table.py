"""The routing table of ARCHITECTURE.md: public path prefix → owning service."""

from __future__ import annotations

ROUTES: dict[str, tuple[str, ...]] = {
    "intake": ("/v1/households", "/v1/applications"),
    "verification": (
        "/v1/data-feeds",
        "/v1/records",
        "/v1/checks",
        "/v1/assessments",
        "/v1/warnings",
        "/v1/monitoring",
    ),
    "matching": ("/v1/policies", "/v1/parameters", "/v1/decisions", "/v1/plans", "/v1/simulations"),
    "charity": (
        "/v1/organizations",
        "/v1/resources",
        "/v1/referrals",
        "/v1/love-list",
        "/v1/orders",
        "/v1/deliveries",
        "/v1/service-records",
        "/hsds",
    ),
}

SERVICES = tuple(ROUTES)


def service_for(path: str) -> str | None:
    """The service owning `path`, matching whole path segments (`/v1/plans` not `/v1/plansx`)."""
    for service, prefixes in ROUTES.items():
        for prefix in prefixes:
            if path == prefix or path.startswith(prefix + "/"):
                return service
    return None
