"""`jiuzhu feeds`: upload a bulk feed with a progress bar, follow its job, fetch its error report.

The upload and the error report go through the generated client's own httpx client (same base URL,
same token) but are *streamed* by hand: the generated `upload_feed` operation takes no body at all
(the endpoint reads the raw request stream, which OpenAPI does not describe) and the generated
`feed_errors` reads the whole report into memory. Following the job uses the generated client.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated
from uuid import UUID

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)

from jiuzhu_cli.output import emit, errors
from jiuzhu_cli.problems import CliProblem
from jiuzhu_cli.session import Session
from jiuzhu_client import AuthenticatedClient
from jiuzhu_client.api.data_feeds import (
    verification_get_feed_v1_data_feeds_job_id_get as get_feed,
)
from jiuzhu_client.models.feed_job_read import FeedJobRead

app = typer.Typer(help="Bulk partner feeds (数据共享): upload, follow, error reports.")

CHUNK = 256 * 1024
FINISHED = frozenset({"completed", "failed"})
CONTENT_TYPES = {"csv": "text/csv", "ndjson": "application/x-ndjson"}
JOB_FIELDS = (
    "id",
    "status",
    "format",
    "compressed",
    "rows_read",
    "rows_accepted",
    "rows_rejected",
    "records_created",
    "records_superseded",
    "records_unchanged",
    "failure",
    "errors_url",
)


def feed_format(path: Path, given: str | None) -> str:
    """csv or ndjson: as given, else from the file name (`.csv`, `.ndjson`, `.jsonl`, maybe `.gz`)."""
    if given:
        if given not in CONTENT_TYPES:
            raise CliProblem(
                "Unknown feed format", f"--format must be csv or ndjson, not {given!r}"
            )
        return given
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    last = suffixes[-1] if suffixes else ""
    if last == ".csv":
        return "csv"
    if last in (".ndjson", ".jsonl", ".json"):
        return "ndjson"
    raise CliProblem(
        "Unknown feed format", f"Cannot tell the format of {path.name}: give --format csv|ndjson"
    )


def _chunks(path: Path, progress: Progress, task: TaskID) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            progress.advance(task, len(chunk))
            yield chunk


def _progress(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeElapsedColumn(),
        console=errors,
        disable=quiet,
        transient=False,
    )


def upload_file(session: Session, client: AuthenticatedClient, path: Path, fmt: str) -> FeedJobRead:
    """Stream the file to `POST /v1/data-feeds` (gzip passes as is; the service detects it)."""
    http = client.get_httpx_client()
    with _progress(session.json_output) as progress:
        task = progress.add_task(f"uploading {path.name}", total=path.stat().st_size)
        with http.stream(
            "POST",
            "/v1/data-feeds",
            params={"format": fmt},
            content=_chunks(path, progress, task),
            headers={"Content-Type": CONTENT_TYPES[fmt]},
        ) as response:
            session.check(response)
            response.read()
            return FeedJobRead.from_dict(response.json())


def follow(
    session: Session, client: AuthenticatedClient, job: FeedJobRead, *, poll_s: float
) -> FeedJobRead:
    """Poll the job until it has completed or failed, showing rows read, accepted, rejected."""
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=errors,
        disable=session.json_output,
    ) as progress:
        task = progress.add_task(f"job {job.id}: {job.status}")
        while job.status not in FINISHED:
            time.sleep(poll_s)
            job = session.expect(get_feed.sync_detailed(job.id, client=client), FeedJobRead)
            progress.update(
                task,
                description=f"job {job.id}: {job.status} · read {job.rows_read} · "
                f"accepted {job.rows_accepted} · rejected {job.rows_rejected}",
            )
    return job


def download_errors(session: Session, client: AuthenticatedClient, job_id: UUID, out: Path) -> int:
    """Stream the job's error report (CSV: line, field, reason) to `out`; returns its row count."""
    rows = 0
    with client.get_httpx_client().stream("GET", f"/v1/data-feeds/{job_id}/errors") as response:
        session.check(response)
        with out.open("wb") as handle:
            for chunk in response.iter_bytes():
                handle.write(chunk)
                rows += chunk.count(b"\n")
    return max(rows - 1, 0)  # without the header line


@app.command()
def upload(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    format: Annotated[
        str | None, typer.Option("--format", help="csv or ndjson (default: from the file name)")
    ] = None,
    errors_out: Annotated[
        Path | None, typer.Option(help="Write the per-row error report (CSV) here")
    ] = None,
    follow_job: Annotated[
        bool, typer.Option("--follow/--no-follow", help="Wait for the job to finish")
    ] = True,
    poll: Annotated[float, typer.Option(help="Seconds between progress polls")] = 0.5,
) -> None:
    """Upload a feed (CSV or NDJSON, gzip or not), follow its job to the end, fetch its errors.

    Exits 1 when the job failed as a whole, 3 when it finished with rejected rows, 0 otherwise.
    """
    session: Session = ctx.obj
    client = session.client()
    job = upload_file(session, client, file, feed_format(file, format))
    if follow_job:
        job = follow(session, client, job, poll_s=poll)
    report_rows = None
    if errors_out is not None and job.status in FINISHED:
        report_rows = download_errors(session, client, job.id, errors_out)
    emit(job, json_output=session.json_output, title=f"Feed {file.name}", fields=JOB_FIELDS)
    if report_rows is not None and not session.json_output:
        errors.print(f"{report_rows} row error(s) written to {errors_out}")
    if job.status == "failed":
        raise CliProblem("Feed failed", str(job.failure or "the job failed"))
    if job.status == "completed" and job.rows_rejected:
        raise typer.Exit(3)


@app.command()
def status(
    ctx: typer.Context,
    job_id: UUID,
    wait: Annotated[bool, typer.Option(help="Follow the job until it finishes")] = False,
) -> None:
    """A feed job's progress."""
    session: Session = ctx.obj
    client = session.client()
    job = session.expect(get_feed.sync_detailed(job_id, client=client), FeedJobRead)
    if wait:
        job = follow(session, client, job, poll_s=0.5)
    emit(job, json_output=session.json_output, title=f"Feed job {job_id}", fields=JOB_FIELDS)


@app.command("errors")
def error_report(
    ctx: typer.Context,
    job_id: UUID,
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the CSV")],
) -> None:
    """Download a job's per-row error report (line, field, reason) as CSV."""
    session: Session = ctx.obj
    rows = download_errors(session, session.client(), job_id, out)
    emit(
        {"job_id": str(job_id), "rows": rows, "file": str(out)},
        json_output=session.json_output,
        title="Error report",
    )
