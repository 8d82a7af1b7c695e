"""Reads a composite view needs from each service, made with the caller's own token.

The caller's token (not a service identity) goes to each service, so every part is scoped exactly
as if the caller had asked that service directly.
"""

from __future__ import annotations

from typing import Any

import httpx

from gateway.overview.schemas import Part
from jiuzhu_kit.errors import BadGateway, UpstreamTimeout, UpstreamUnavailable
from jiuzhu_kit.peers import PeerClient


class CallerScopedClient(PeerClient):
    """A peer client that forwards the caller's `Authorization` instead of a service token."""

    def __init__(
        self, *, name: str, base_url: str, http: httpx.AsyncClient, authorization: str
    ) -> None:
        super().__init__(base_url=base_url, http=http, identity=None, timeout_s=3.0, retries=1)
        self.peer_name = name
        self.authorization = authorization

    async def part(
        self, path: str, params: dict[str, Any] | None = None, *, household_id: str | None = None
    ) -> Part:
        """One part of a view: its data, or why it is missing, never an exception.

        With `household_id`, list items naming another household are dropped: a service that does
        not (yet) filter by household must not put someone else's records into this view.
        """
        try:
            response = await self.request(
                "GET", path, params=params, headers={"Authorization": self.authorization}
            )
        except (UpstreamUnavailable, UpstreamTimeout, BadGateway) as exc:
            return Part(status="unavailable", service=self.peer_name, reason=exc.detail)
        if response.status_code >= 500:
            return Part(
                status="unavailable",
                service=self.peer_name,
                reason=f"{self.peer_name} answered {response.status_code}",
            )
        if response.status_code in (404, 405):
            return Part(
                status="unavailable",
                service=self.peer_name,
                reason=f"{self.peer_name} offers no {path} for this caller yet",
            )
        if response.status_code in (401, 403):
            return Part(
                status="forbidden",
                service=self.peer_name,
                reason=f"{self.peer_name} does not show this to your role",
            )
        if response.status_code >= 400:
            return Part(
                status="unavailable",
                service=self.peer_name,
                reason=f"{self.peer_name} refused: {response.status_code}",
            )
        try:
            body = response.json()
        except ValueError:
            return Part(status="unavailable", service=self.peer_name, reason="not JSON")
        items = body.get("items") if isinstance(body, dict) and "items" in body else body
        if household_id is not None and isinstance(items, list):
            items = [i for i in items if not _names_other(i, household_id)]
        empty = items in (None, [], {})
        return Part(status="empty" if empty else "ok", service=self.peer_name, data=items)

    async def household(self, household_id: str) -> httpx.Response:
        return await self.request(
            "GET",
            f"/v1/households/{household_id}",
            headers={"Authorization": self.authorization},
        )


def _names_other(item: Any, household_id: str) -> bool:
    return isinstance(item, dict) and item.get("household_id") not in (None, household_id)
