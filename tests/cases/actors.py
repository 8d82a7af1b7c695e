"""The people and partner systems of the six cases, each signed in with its own token at the gateway.

An admin creates each identity through the gateway's admin API (`POST /v1/identities`) and the actor
then gets its token the way a client does (`POST /v1/auth/token`): password grant for people,
client credentials for partner systems. The same code runs on the local process harness, against a
deployed stack (`JIUZHU_GATEWAY_URL`) and in `make demo`.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import httpx

from jiuzhu_kit import resident_id
from tests import harness

T = TypeVar("T")
SHANGHAI = ZoneInfo("Asia/Shanghai")
Report = Callable[[str], None]
# Moves intake's clock forward by whole days (`POST /internal/clock`, ENVIRONMENT=test only).
ClockMover = Callable[[int], Awaitable[None]]


class CaseError(AssertionError):
    """The system answered something a case did not expect (the response is in the message)."""


def expect(response: httpx.Response, *codes: int) -> Any:
    if response.status_code not in (codes or (200, 201, 202)):
        raise CaseError(
            f"{response.request.method} {response.request.url.path} → {response.status_code}: "
            f"{response.text[:1500]}"
        )
    return response.json() if response.content else None


@dataclass
class Actor:
    """One signed-in actor: its name in the story, its token and its subject (`sub`)."""

    label: str
    subject: str
    token: str
    client: httpx.AsyncClient

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def get(self, path: str, **params: Any) -> Any:
        return expect(await self.client.get(path, params=params or None, headers=self.headers))

    async def post(self, path: str, body: Any = None, *, codes: tuple[int, ...] = ()) -> Any:
        headers = {**self.headers, "Idempotency-Key": str(uuid.uuid4())}
        return expect(await self.client.post(path, json=body, headers=headers), *codes)

    async def put(self, path: str, body: Any) -> Any:
        return expect(await self.client.put(path, json=body, headers=self.headers))

    async def raw(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return await self.client.request(method, path, headers=headers, **kwargs)


@dataclass
class Actors:
    """Creates the cast of a case through the gateway; `run` keeps logins unique per run."""

    client: httpx.AsyncClient
    admin: Actor
    advance_days: ClockMover | None = None
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    _serial: int = 0

    @classmethod
    async def sign_in_admin(
        cls,
        client: httpx.AsyncClient,
        *,
        admin_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        advance_days: ClockMover | None = None,
    ) -> Actors:
        if admin_token is None:
            granted = expect(
                await client.post(
                    "/v1/auth/token",
                    data={"grant_type": "password", "username": username, "password": password},
                )
            )
            admin_token = granted["access_token"]
        me = expect(await client.get("/v1/me", headers={"Authorization": f"Bearer {admin_token}"}))
        admin = Actor("管理员", me["subject"], str(admin_token), client)
        return cls(client=client, admin=admin, advance_days=advance_days)

    def _login(self, stem: str) -> str:
        self._serial += 1
        return f"{stem}-{self.run}-{self._serial}"

    async def person(self, label: str, role: str, region: str = "") -> Actor:
        """A person with one role and a region scope (empty = nationwide), signed in by password."""
        username, password = self._login(role), f"pw-{uuid.uuid4().hex}"
        await self.admin.post(
            "/v1/identities",
            {
                "kind": "user",
                "username": username,
                "name": label,
                "roles": [role],
                "region_scope": region,
                "password": password,
            },
        )
        granted = expect(
            await self.client.post(
                "/v1/auth/token",
                data={"grant_type": "password", "username": username, "password": password},
            )
        )
        return await self._actor(label, granted["access_token"])

    async def partner(
        self,
        label: str,
        role: str,
        *,
        sources: list[str] | None = None,
        organization_id: str | None = None,
    ) -> Actor:
        """A partner system (data partner with its sources, or a charity bound to its organization)."""
        created = await self.admin.post(
            "/v1/identities",
            {
                "kind": "partner",
                "client_id": self._login(role.replace("_", "-")),
                "name": label,
                "role": role,
                "allowed_sources": sources or [],
                "organization_id": organization_id,
            },
        )
        granted = expect(
            await self.client.post(
                "/v1/auth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": created["username"],
                    "client_secret": created["client_secret"],
                },
            )
        )
        return await self._actor(label, granted["access_token"])

    async def _actor(self, label: str, token: str) -> Actor:
        me = expect(await self.client.get("/v1/me", headers={"Authorization": f"Bearer {token}"}))
        return Actor(label, me["subject"], token, self.client)

    async def organization(
        self, name: str, kind: str, region: str, served: list[str]
    ) -> dict[str, Any]:
        """An organization joins the resource pool (registered by the civil-affairs admin)."""
        return await self.admin.post(
            "/v1/organizations",
            {"name": name, "kind": kind, "region_code": region, "regions_served": served},
        )

    def id_number(self, county: str, born: date, sex: str = "male") -> str:
        """A valid resident ID in `county`, unique to this run (GB 11643 check digit)."""
        self._serial += 1
        seq = (int(self.run, 16) + self._serial * 7) % 499 * 2 + (1 if sex == "male" else 0)
        return resident_id.make(county, born, seq)


def today() -> date:
    """Today in Asia/Shanghai, where record dates and periods are counted."""
    return datetime.now(SHANGHAI).date()


def month_starts(back: int, forward: int = 0) -> list[date]:
    """First days of the months from `back` months ago to `forward` months ahead (Shanghai)."""
    first = today().replace(day=1)
    out = []
    for offset in range(-back, forward + 1):
        month = first.month - 1 + offset
        out.append(date(first.year + month // 12, month % 12 + 1, 1))
    return out


def month_end(start: date) -> date:
    nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def monthly_income_records(
    source: str, id_number: str, kind_type: str, monthly_yuan: str, prefix: str
) -> list[dict[str, Any]]:
    """One record per month for the last 15 complete months (a period still running is in the
    future, which verification refuses): whatever check period intake asks for, the verified
    monthly income is exactly `monthly_yuan`."""
    return [
        {
            "source": source,
            "source_record_id": f"{prefix}-{start:%Y%m}",
            "id_number": id_number,
            "kind": "income",
            "type": kind_type,
            "amount_yuan": monthly_yuan,
            "period_from": start.isoformat(),
            "period_to": month_end(start).isoformat(),
        }
        for start in month_starts(15)[:-1]
    ]


async def eventually(
    check: Callable[[], Awaitable[T | None]], *, timeout_s: float = 45.0, interval_s: float = 0.25
) -> T:
    """Poll `check` until it returns something truthy (asynchronous outbox delivery), or fail."""
    return await harness.eventually(
        check, timeout_s=timeout_s, interval_s=interval_s, error=CaseError
    )
