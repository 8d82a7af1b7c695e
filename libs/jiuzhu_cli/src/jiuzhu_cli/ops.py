"""Operations commands: migrate, identities and partner clients, the policy catalog, monitoring.

`migrate` runs on the machine that holds the code (each service's own Alembic scripts against the
database its `<SERVICE>_DATABASE_URL` names); everything else goes through the gateway as an admin
(or reviewer, for screenings) signed in with `jiuzhu login --username …`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from uuid import UUID

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from jiuzhu_cli.output import console, emit, errors, print_json, show_rows
from jiuzhu_cli.problems import CliProblem
from jiuzhu_cli.session import Session
from jiuzhu_client.api.identities import create_identity_v1_identities_post as create_identity
from jiuzhu_client.api.identities import list_identities_v1_identities_get as list_identities
from jiuzhu_client.api.identities import (
    rotate_secret_v1_identities_identity_id_secret_post as rotate_secret,
)
from jiuzhu_client.api.monitoring import (
    verification_monitoring_statistics_v1_monitoring_statistics_get as statistics,
)
from jiuzhu_client.api.monitoring import (
    verification_screening_job_v1_monitoring_screenings_job_id_get as screening_job,
)
from jiuzhu_client.api.monitoring import (
    verification_start_screening_v1_monitoring_screenings_post as start_screening,
)
from jiuzhu_client.api.policies import matching_publish_version_v1_policies_versions_post as publish
from jiuzhu_client.models.catalog_publish import CatalogPublish
from jiuzhu_client.models.catalog_publish_document_type_0 import CatalogPublishDocumentType0
from jiuzhu_client.models.catalog_version_read import CatalogVersionRead
from jiuzhu_client.models.identity_created import IdentityCreated
from jiuzhu_client.models.identity_read import IdentityRead
from jiuzhu_client.models.monitoring_statistics import MonitoringStatistics
from jiuzhu_client.models.partner_create import PartnerCreate
from jiuzhu_client.models.person_create import PersonCreate
from jiuzhu_client.models.screening_job_read import ScreeningJobRead
from jiuzhu_client.models.screening_request import ScreeningRequest
from jiuzhu_client.models.secret_rotated import SecretRotated

identities = typer.Typer(help="People and partner clients (admins).")
clients = typer.Typer(help="Partner clients' secrets.")
catalog = typer.Typer(help="The policy catalog (政策一本通).")
screening = typer.Typer(help="Full screenings of the monitored population (动态监测).")
monitoring = typer.Typer(help="Monitoring and warning figures.")

MIGRATED = (
    "services/intake",
    "services/verification",
    "services/matching",
    "services/charity",
    "gateway",
)
IDENTITY_COLUMNS = ("id", "kind", "username", "name", "roles", "region_scope", "disabled")


def _repository_root(start: Path) -> Path:
    for candidate in (start, *start.parents):
        if (candidate / "gateway/alembic.ini").is_file() and (candidate / "services").is_dir():
            return candidate
    raise CliProblem(
        "Not in a Jiuzhu checkout",
        f"No services/ and gateway/alembic.ini above {start}: give --root",
    )


def migrate(
    root: Annotated[
        Path | None, typer.Option(help="The repository (default: found from here)")
    ] = None,
    only: Annotated[
        list[str] | None, typer.Option("--service", help="Only these (intake, …, gateway)")
    ] = None,
) -> None:
    """Upgrade each service's database to head with its own Alembic scripts.

    Each reads its URL from `<SERVICE>_DATABASE_URL` as the service does (SQLite files by default).
    """
    base = _repository_root((root or Path.cwd()).resolve())
    targets = [d for d in MIGRATED if not only or Path(d).name in only]
    for directory in targets:
        name = Path(directory).name
        errors.print(f"migrating {name} …")
        done = subprocess.run(
            [sys.executable, "-m", "alembic", "-c", "alembic.ini", "upgrade", "head"],
            cwd=base / directory,
            env=os.environ.copy(),
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise CliProblem(
                f"Migrating {name} failed", (done.stderr or done.stdout).strip()[-2000:]
            )
    console.print(f"migrated: {', '.join(Path(d).name for d in targets)}")


@identities.command("create")
def create(
    ctx: typer.Context,
    kind: Annotated[Literal["user", "partner"], typer.Argument(help="user (a person) or partner")],
    login: Annotated[str, typer.Argument(help="username, or a partner's client id")],
    name: Annotated[str, typer.Option(help="Display name")],
    role: Annotated[list[str], typer.Option(help="Roles (repeat); a partner has exactly one")],
    region: Annotated[
        str, typer.Option(help="Region scope (行政区划代码); empty: nationwide")
    ] = "",
    source: Annotated[
        list[str] | None, typer.Option(help="A data partner's allowed sources (repeat)")
    ] = None,
    organization_id: Annotated[str | None, typer.Option(help="A charity partner's org")] = None,
    password: Annotated[
        str | None, typer.Option(envvar="JIUZHU_NEW_PASSWORD", help="A person's password")
    ] = None,
) -> None:
    """Create a person or a partner client; a partner's secret is printed once, here."""
    session: Session = ctx.obj
    body: PersonCreate | PartnerCreate
    if kind == "user":
        if not password:
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        body = PersonCreate.from_dict(
            {
                "kind": "user",
                "username": login,
                "name": name,
                "roles": role,
                "region_scope": region,
                "password": password,
            }
        )
    else:
        if len(role) != 1:
            raise CliProblem("One role", "A partner has one role: data_partner or charity_partner")
        fields: dict[str, Any] = {
            "kind": "partner",
            "client_id": login,
            "name": name,
            "role": role[0],
            "region_scope": region,
            "allowed_sources": source or [],
        }
        if organization_id:
            fields["organization_id"] = organization_id
        body = PartnerCreate.from_dict(fields)
    created = session.expect(
        create_identity.sync_detailed(client=session.client(), body=body), IdentityCreated
    )
    emit(created, json_output=session.json_output, title=f"Created {created.kind} {login}")
    if created.client_secret and not session.json_output:
        errors.print("The client secret is shown only this once: store it now.")


@identities.command("list")
def list_(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
) -> None:
    """List identities."""
    session: Session = ctx.obj
    rows = session.expect(
        list_identities.sync_detailed(client=session.client(), limit=limit, offset=offset), list
    )
    if session.json_output:
        print_json(rows)
    else:
        show_rows(rows, title="Identities", columns=IDENTITY_COLUMNS)


def _identity_id(session: Session, client_id: str) -> UUID:
    """The id of the identity `client_id` names (a UUID is taken as the id itself)."""
    try:
        return UUID(client_id)
    except ValueError:
        pass
    offset = 0
    while True:
        page = session.expect(
            list_identities.sync_detailed(client=session.client(), limit=200, offset=offset), list
        )
        for identity in page:
            if isinstance(identity, IdentityRead) and identity.username == client_id:
                return identity.id
        if len(page) < 200:
            raise CliProblem("Not found", f"No identity with client id {client_id!r}", status=404)
        offset += 200


@clients.command("rotate-secret")
def rotate(
    ctx: typer.Context,
    client_id: Annotated[str, typer.Argument(help="The partner's client id (or identity id)")],
) -> None:
    """Issue a new client secret; the previous one keeps working for the grace period."""
    session: Session = ctx.obj
    identity_id = _identity_id(session, client_id)
    rotated = session.expect(
        rotate_secret.sync_detailed(identity_id, client=session.client()), SecretRotated
    )
    emit(rotated, json_output=session.json_output, title=f"New secret for {rotated.client_id}")


@catalog.command("load")
def load(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="YAML or JSON")],
    note: Annotated[str, typer.Option(help="Why this version (kept with it)")] = "",
) -> None:
    """Publish a catalog document as a new version (validated by matching; in force at once)."""
    session: Session = ctx.obj
    text = file.read_text("utf-8")
    if file.suffix.lower() == ".json":
        try:
            document = CatalogPublishDocumentType0.from_dict(json.loads(text))
        except ValueError as exc:
            raise CliProblem("Unreadable catalog", f"{file}: {exc}") from None
        body = CatalogPublish(document=document, note=note)
    else:
        body = CatalogPublish(document_yaml=text, note=note)
    version = session.expect(
        publish.sync_detailed(client=session.client(), body=body), CatalogVersionRead
    )
    emit(version, json_output=session.json_output, title=f"Catalog version {version.version}")


@screening.command("run")
def run(
    ctx: typer.Context,
    as_of: Annotated[
        str | None, typer.Option(help="Screening day (default: today, Shanghai)")
    ] = None,
    poll: Annotated[float, typer.Option(help="Seconds between progress polls")] = 0.5,
) -> None:
    """Start a full screening and show its progress (rules done of rules total) to the end."""
    session: Session = ctx.obj
    client = session.client()
    request = ScreeningRequest(as_of=date.fromisoformat(as_of)) if as_of else ScreeningRequest()
    job = session.expect(
        start_screening.sync_detailed(client=client, body=request), ScreeningJobRead
    )
    with Progress(
        TextColumn("screening {task.fields[status]}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("rules · {task.fields[warnings]} warning(s)"),
        TimeElapsedColumn(),
        console=errors,
        disable=session.json_output,
    ) as progress:
        task = progress.add_task("", total=job.rules_total or None, status=job.status, warnings=0)
        while job.status not in ("completed", "failed"):
            time.sleep(poll)
            job = session.expect(
                screening_job.sync_detailed(job.id, client=client), ScreeningJobRead
            )
            progress.update(
                task,
                total=job.rules_total or None,
                completed=job.rules_done,
                status=job.status,
                warnings=job.warnings_raised,
            )
    emit(job, json_output=session.json_output, title=f"Screening {job.id}")
    if job.status == "failed":
        raise CliProblem("Screening failed", str(job.failure or "the job failed"))


@monitoring.command("stats")
def stats(
    ctx: typer.Context,
    region: Annotated[str, typer.Option(help="Region code (行政区划代码)")],
    period_from: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD")],
    period_to: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD")],
) -> None:
    """Monitored people, warnings raised / confirmed / dismissed, enrolments, days to visit."""
    session: Session = ctx.obj
    try:
        start, end = date.fromisoformat(period_from), date.fromisoformat(period_to)
    except ValueError as exc:
        raise CliProblem("Invalid date", f"--from/--to: {exc}") from None
    figures = session.expect(
        statistics.sync_detailed(client=session.client(), region=region, from_=start, to=end),
        MonitoringStatistics,
    )
    if session.json_output:
        print_json(figures)
        return
    data = figures.to_dict()
    table = Table(title=f"Monitoring {region}, {start} – {end}", title_justify="left")
    table.add_column("figure", style="bold")
    table.add_column("value", justify="right")
    for key, value in data.items():
        if key not in ("region", "period_from", "period_to", "by_rule"):
            table.add_row(key.replace("_", " "), "—" if value is None else str(value))
    for rule, count in sorted((data.get("by_rule") or {}).items()):
        table.add_row(f"  rule {rule}", str(count))
    console.print(table)
