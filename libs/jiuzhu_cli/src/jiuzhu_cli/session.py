"""The CLI's connection to the gateway: where it is, the cached token, and the generated client.

The token of `jiuzhu login` is kept in a JSON file (default `~/.config/jiuzhu/token.json`, mode 0600;
`--token-file` or `JIUZHU_TOKEN_FILE` choose another); `JIUZHU_TOKEN` overrides it for scripts.
Client secrets and passwords are never written anywhere.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

import httpx

from jiuzhu_cli.problems import CliProblem, from_answer
from jiuzhu_client import AuthenticatedClient, Client

DEFAULT_GATEWAY = "http://127.0.0.1:8000"
DEFAULT_TOKEN_FILE = Path("~/.config/jiuzhu/token.json")
TIMEOUT = httpx.Timeout(60.0, connect=10.0)
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Answer(Protocol[T_co]):  # the generated client's `Response[T]`
    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def headers(self) -> Any: ...
    @property
    def parsed(self) -> T_co | None: ...


@dataclass
class Session:
    """What every command needs: the gateway, the output mode, and the token (once asked for)."""

    gateway: str = DEFAULT_GATEWAY
    json_output: bool = False
    token_file: Path = field(default_factory=lambda: DEFAULT_TOKEN_FILE.expanduser())
    last_request: tuple[str, str] = ("", "")

    def _remember(self, request: httpx.Request) -> None:
        self.last_request = (request.method, request.url.path)

    def _httpx_args(self) -> dict[str, Any]:
        return {"event_hooks": {"request": [self._remember]}}

    def anonymous(self) -> Client:
        return Client(base_url=self.gateway, timeout=TIMEOUT, httpx_args=self._httpx_args())

    def client(self) -> AuthenticatedClient:
        """The generated client, signed in with the cached (or `JIUZHU_TOKEN`) token."""
        return AuthenticatedClient(
            base_url=self.gateway,
            token=self.token(),
            timeout=TIMEOUT,
            httpx_args=self._httpx_args(),
        )

    def token(self) -> str:
        explicit = os.environ.get("JIUZHU_TOKEN")
        if explicit:
            return explicit
        try:
            cached = json.loads(self.token_file.read_text("utf-8"))
        except FileNotFoundError:
            raise CliProblem(
                "Not logged in", f"No token in {self.token_file}: run `jiuzhu login` first"
            ) from None
        except ValueError as exc:
            raise CliProblem("Unreadable token file", f"{self.token_file}: {exc}") from None
        if cached.get("gateway") != self.gateway:
            raise CliProblem(
                "Logged in elsewhere",
                f"The token in {self.token_file} is for {cached.get('gateway')}, not "
                f"{self.gateway}: run `jiuzhu login` for this gateway",
            )
        if float(cached.get("expires_at", 0)) <= time.time():
            raise CliProblem("Token expired", "Run `jiuzhu login` again")
        return str(cached["access_token"])

    def save_token(self, *, access_token: str, expires_in: int, identity: str) -> None:
        self.token_file.parent.mkdir(parents=True, exist_ok=True)
        body = {
            "gateway": self.gateway,
            "identity": identity,
            "access_token": access_token,
            "expires_at": time.time() + expires_in,
        }
        # Created 0600 from the start: the token is a credential.
        descriptor = os.open(self.token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(body, handle)

    def expect(self, answer: Answer[Any], model: type[T]) -> T:
        """The parsed body of a 2xx answer of the generated client, or the answer's problem raised."""
        parsed = answer.parsed
        if 200 <= answer.status_code < 300 and isinstance(parsed, model):
            return parsed
        method, path = self.last_request
        from_dict = getattr(model, "from_dict", None)
        if 200 <= answer.status_code < 300 and from_dict is not None:
            # A success the API description leaves out (e.g. `POST /v1/records` answers 200, not
            # 201, for an unchanged record) carries the documented body all the same.
            try:
                return cast(T, from_dict(json.loads(answer.content)))
            except (ValueError, KeyError, TypeError):
                pass
        if 200 <= answer.status_code < 300:
            raise CliProblem(
                "Unexpected answer",
                f"{method} {path} answered {answer.status_code} with a body the client "
                "does not know: regenerate it (`make client`)",
                status=answer.status_code,
            )
        raise from_answer(
            answer.status_code, answer.content, answer.headers, method=method, path=path
        )

    def check(self, response: httpx.Response) -> httpx.Response:
        """A raw httpx response (streamed calls), raised as its problem unless it is 2xx."""
        if response.is_success:
            return response
        response.read()
        raise from_answer(
            response.status_code,
            response.content,
            response.headers,
            method=response.request.method,
            path=response.request.url.path,
        )
