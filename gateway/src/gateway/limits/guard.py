"""Rate limiting as a route dependency, and the check the proxy runs before forwarding."""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Request

from gateway.limits.buckets import Buckets, retry_after
from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.errors import RateLimited


async def enforce(request: Request, key: str) -> None:
    """Refuse with 429 and `Retry-After` when `key` has used up its bucket."""
    buckets: Buckets = request.app.state.buckets
    wait = await buckets.take(key)
    if wait > 0:
        raise RateLimited(
            f"Too many requests from this client; retry after {retry_after(wait)} s",
            headers={"Retry-After": retry_after(wait)},
        )


def client_key(request: Request) -> str:
    """The bucket of a caller: its token's subject, else its address (token endpoint, anonymous)."""
    principal = getattr(request.state, "principal", None)
    if principal is not None:
        return "sub:" + principal.subject
    return "ip:" + (request.client.host if request.client else "unknown")


async def rate_limited(request: Request) -> None:
    """Dependency for the gateway's own routes (after authentication, so per client)."""
    await enforce(request, client_key(request))


def limited(*roles: str) -> Callable[..., Any]:
    """Like the kit's `require_roles`, then one token from the caller's bucket."""
    allowed = require_roles(*roles)

    async def _dependency(
        request: Request, principal: Annotated[Principal, Depends(allowed)]
    ) -> Principal:
        await enforce(request, "sub:" + principal.subject)
        return principal

    return _dependency
