"""`jiuzhu`: the top-level command, its global options (`--gateway`, `--json`, `--token-file`), login.

jiuzhu --gateway http://127.0.0.1:8000 login --client-id demo-medical-insurance --client-secret …
jiuzhu feeds upload incomes.ndjson.gz --errors-out errors.csv
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import httpx
import typer
from typer.core import TyperGroup

from jiuzhu_cli import feeds, ops, partners
from jiuzhu_cli.output import emit
from jiuzhu_cli.problems import CliProblem
from jiuzhu_cli.session import DEFAULT_GATEWAY, DEFAULT_TOKEN_FILE, Session
from jiuzhu_client.api.auth import issue_token_v1_auth_token_post as issue_token
from jiuzhu_client.api.identities import me_v1_me_get as who_am_i
from jiuzhu_client.models.identity_read import IdentityRead
from jiuzhu_client.models.issue_token_v1_auth_token_post_token_request import (
    IssueTokenV1AuthTokenPostTokenRequest as TokenRequest,
)
from jiuzhu_client.models.me import Me
from jiuzhu_client.models.token_response import TokenResponse


class JiuzhuGroup(TyperGroup):
    """Prints a command's problem (title, detail, fields) and exits non-zero, never a traceback."""

    def invoke(self, ctx: Any) -> Any:  # click's Context, which typer vendors privately
        try:
            return super().invoke(ctx)
        except httpx.TransportError as exc:
            session = ctx.find_object(Session)
            where = session.gateway if session else "the gateway"
            problem = CliProblem("Gateway unreachable", f"{where}: {type(exc).__name__}: {exc}")
        except CliProblem as exc:
            problem = exc
        problem.show()
        raise typer.Exit(problem.exit_code)


app = typer.Typer(
    cls=JiuzhuGroup,
    help="Jiuzhu (救助) for partner systems and operations: feeds, records, referrals, admin.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(feeds.app, name="feeds")
app.add_typer(partners.records, name="records")
app.add_typer(partners.referrals, name="referrals")
app.add_typer(ops.identities, name="identities")
app.add_typer(ops.clients, name="clients")
app.add_typer(ops.catalog, name="catalog")
app.add_typer(ops.screening, name="screening")
app.add_typer(ops.monitoring, name="monitoring")
app.command("migrate")(ops.migrate)


@app.callback()
def configure(
    ctx: typer.Context,
    gateway: Annotated[
        str, typer.Option(envvar="JIUZHU_GATEWAY", help="The gateway's base URL")
    ] = DEFAULT_GATEWAY,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print JSON (for scripts) instead of tables")
    ] = False,
    token_file: Annotated[
        Path | None,
        typer.Option(
            envvar="JIUZHU_TOKEN_FILE", help=f"Token cache [default: {DEFAULT_TOKEN_FILE}]"
        ),
    ] = None,
) -> None:
    ctx.obj = Session(
        gateway=gateway.rstrip("/"),
        json_output=json_output,
        token_file=(token_file or DEFAULT_TOKEN_FILE).expanduser(),
    )


@app.command()
def login(
    ctx: typer.Context,
    client_id: Annotated[str | None, typer.Option(help="A partner system's client id")] = None,
    client_secret: Annotated[
        str | None,
        typer.Option(envvar="JIUZHU_CLIENT_SECRET", help="Its secret (or JIUZHU_CLIENT_SECRET)"),
    ] = None,
    username: Annotated[str | None, typer.Option(help="A person (ops staff) instead")] = None,
    password: Annotated[
        str | None, typer.Option(envvar="JIUZHU_PASSWORD", help="Their password")
    ] = None,
    scope: Annotated[str | None, typer.Option(help="Narrow the token to these roles")] = None,
) -> None:
    """Log in (client credentials for partners, password for people) and cache the token."""
    session: Session = ctx.obj
    if client_id:
        if not client_secret:
            client_secret = typer.prompt("Client secret", hide_input=True)
        body = TokenRequest(
            grant_type="client_credentials", client_id=client_id, client_secret=client_secret
        )
    elif username:
        if not password:
            password = typer.prompt("Password", hide_input=True)
        body = TokenRequest(grant_type="password", username=username, password=password)
    else:
        raise CliProblem("Nothing to log in with", "Give --client-id (partners) or --username")
    if scope:
        body.scope = scope
    token = session.expect(
        issue_token.sync_detailed(client=session.anonymous(), body=body), TokenResponse
    )
    session.save_token(
        access_token=token.access_token,
        expires_in=int(token.expires_in),
        identity=client_id or username or "",
    )
    me = session.expect(who_am_i.sync_detailed(client=session.client()), Me)
    summary = {
        "subject": me.subject,
        "roles": me.roles,
        "expires_in": token.expires_in,
        "token_file": str(session.token_file),
    }
    if session.json_output:
        emit(summary, json_output=True, title="")
    else:
        emit(summary, json_output=False, title=f"Logged in to {session.gateway}")


@app.command()
def whoami(ctx: typer.Context) -> None:
    """The signed-in caller: roles, region scope, organization, sources."""
    session: Session = ctx.obj
    me = session.expect(who_am_i.sync_detailed(client=session.client()), Me)
    emit(me, json_output=session.json_output, title="Signed in as")
    if isinstance(me.identity, IdentityRead) and not session.json_output:
        emit(me.identity, json_output=False, title="Identity")
