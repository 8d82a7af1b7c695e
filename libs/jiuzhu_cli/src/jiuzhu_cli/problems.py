"""Failures the CLI reports: an RFC 9457 problem's title and detail on stderr, and a non-zero exit."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from rich.console import Console


class CliProblem(Exception):
    """A failure shown as the problem's title and detail (and each invalid field), exit code 1.

    Raised for every non-2xx answer of the gateway and for local mistakes (a missing file, no token);
    the top-level command group prints it and exits (see `jiuzhu_cli.main.JiuzhuGroup`).
    """

    exit_code = 1

    def __init__(
        self,
        title: str,
        detail: str,
        *,
        status: int | None = None,
        errors: list[dict[str, Any]] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(f"{title}: {detail}")
        self.title, self.detail, self.status = title, detail, status
        self.errors = errors or []
        self.request_id = request_id

    def show(self, file: IO[str] | None = None) -> None:
        console = Console(file=file or sys.stderr, highlight=False, soft_wrap=True)
        status = f" ({self.status})" if self.status else ""
        console.print(f"[bold red]Error{status}:[/] [bold]{self.title}[/]", markup=True)
        console.print(self.detail, markup=False)
        for error in self.errors:
            field = error.get("field") or error.get("loc") or "?"
            console.print(f"  - {field}: {error.get('message') or error.get('msg')}", markup=False)
        if self.request_id:
            console.print(f"request id: {self.request_id}", markup=False, style="dim")


def from_answer(status: int, content: bytes, headers: Any, *, method: str, path: str) -> CliProblem:
    """The problem an error answer carries; a body that is no problem document is described."""
    request_id = headers.get("x-request-id") if headers is not None else None
    try:
        body = json.loads(content or b"null")
    except ValueError:
        body = None
    if isinstance(body, dict) and "title" in body:
        detail = str(body.get("detail") or body.get("error_description") or "")
        if status == 404 and detail.startswith("No route matches"):
            detail += " (this gateway or the service behind it does not offer this endpoint yet)"
        raw_errors = body.get("errors")
        return CliProblem(
            str(body["title"]),
            detail,
            status=status,
            errors=[e for e in raw_errors if isinstance(e, dict)]
            if isinstance(raw_errors, list)
            else None,
            request_id=str(body.get("request_id") or request_id or "") or None,
        )
    text = (content or b"").decode("utf-8", "replace").strip()[:500]
    return CliProblem(
        f"HTTP {status}",
        f"{method} {path} answered {status}" + (f": {text}" if text else ""),
        status=status,
        request_id=request_id,
    )
