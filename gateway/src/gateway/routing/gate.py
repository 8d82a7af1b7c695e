"""What happens to a public request before and after the owning service sees it.

Authenticate the bearer token, check the route's roles, take a token from the caller's bucket,
forward, and write the audit entry of an unmasked personal-data read before releasing the data.
"""

from __future__ import annotations

from fastapi import Request
from starlette.responses import Response

from gateway.audit import service as audit
from gateway.limits.guard import enforce
from gateway.routing.proxy import forward
from gateway.routing.table import Route
from jiuzhu_kit.auth import Principal, authenticate
from jiuzhu_kit.errors import Forbidden
from jiuzhu_kit.logging import request_id_var


def authorize(route: Route, method: str, principal: Principal) -> None:
    if not route.allows(method, principal.roles):
        raise Forbidden(
            f"{method} {route.prefix} needs one of the roles {sorted(route.roles_for(method))}; "
            f"the token grants {sorted(principal.roles)}"
        )


async def pass_through(request: Request, *, route: Route) -> Response:
    principal = authenticate(request)
    authorize(route, request.method, principal)
    await enforce(request, "sub:" + principal.subject)
    app_state = request.app.state
    response = await forward(
        request,
        service=route.service,
        base_url=app_state.settings.peer_urls()[route.service],
        upstream=app_state.upstream,
    )
    pii = None
    for key, value in response.raw_headers:
        if key.lower() == b"x-jiuzhu-pii":
            pii = value.decode("latin-1")
    if audit.must_audit(
        principal=principal,
        method=request.method,
        status=response.status_code,
        personal=route.personal,
        pii_header=pii,
    ):
        await audit.record_read(
            app_state.sessions,
            principal=principal,
            method=request.method,
            path=request.url.path,
            service=route.service,
            status=response.status_code,
            purpose=request.headers.get(audit.PURPOSE_HEADER),
            request_id=request_id_var.get(),
        )
    return response
