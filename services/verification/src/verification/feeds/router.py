"""`/v1/data-feeds`: upload a bulk feed, follow its job, download its per-row error report."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse

from jiuzhu_kit.auth import Principal, require_roles
from jiuzhu_kit.db import SessionDep
from verification.feeds import service
from verification.feeds.models import FeedJob
from verification.feeds.schemas import FeedJobRead

router = APIRouter(prefix="/v1/data-feeds", tags=["data feeds"])

Partner = Annotated[Principal, Depends(require_roles("data_partner"))]
Reader = Annotated[Principal, Depends(require_roles("data_partner", "admin", "auditor"))]
_ERROR_PAGE = 5_000


def _read(job: FeedJob) -> FeedJobRead:
    return FeedJobRead.model_validate(
        {**job.model_dump(), "errors_url": f"/v1/data-feeds/{job.id}/errors"}
    )


@router.post(
    "",
    status_code=202,
    response_model=FeedJobRead,
    summary="Upload a bulk feed (NDJSON or CSV, gzip accepted) to be ingested as a job",
    description=(
        "The body is the feed itself. Each row: source, source_record_id, id_number, kind "
        "(income | asset | expenditure | life_event), type, amount_yuan, date, period_from, "
        "period_to, disability_category, disability_grade. With `?wait=true` the answer comes "
        "when the job has finished (201); otherwise 202 and the job's URL to follow."
    ),
)
async def upload_feed(
    request: Request,
    response: Response,
    session: SessionDep,
    principal: Partner,
    format: Annotated[str | None, Query(description="csv or ndjson")] = None,
    wait: bool = False,
) -> FeedJobRead:
    feed_format = service.feed_format(request.headers.get("content-type"), format)
    settings = request.app.state.settings
    job = await service.submit(
        sessions=request.app.state.sessions,
        principal=principal,
        body=request.stream(),
        format=feed_format,
        spool_dir=Path(settings.feed_spool_dir),
    )
    runner = request.app.state.feed_runner
    response.headers["Location"] = f"/v1/data-feeds/{job.id}"
    if wait:
        await runner.run(job.id)
        job = await service.get_visible(session, job_id=job.id, principal=principal)
        response.status_code = 201
    else:
        runner.schedule(job.id)
    return _read(job)


@router.get("/{job_id}", response_model=FeedJobRead, summary="A feed job and its progress")
async def get_feed(job_id: uuid.UUID, session: SessionDep, principal: Reader) -> FeedJobRead:
    return _read(await service.get_visible(session, job_id=job_id, principal=principal))


@router.post(
    "/{job_id}/rerun",
    status_code=202,
    response_model=FeedJobRead,
    summary="Run a failed job again from its spooled file (no duplicates: the merge is idempotent)",
)
async def rerun_feed(job_id: uuid.UUID, request: Request, principal: Partner) -> FeedJobRead:
    job = await service.requeue(request.app.state.sessions, job_id=job_id, principal=principal)
    request.app.state.feed_runner.schedule(job.id)
    return _read(job)


@router.get(
    "/{job_id}/errors",
    summary="The per-row error report as CSV (line, field, reason)",
    response_class=StreamingResponse,
)
async def feed_errors(
    job_id: uuid.UUID, request: Request, session: SessionDep, principal: Reader
) -> StreamingResponse:
    await service.get_visible(session, job_id=job_id, principal=principal)
    sessions = request.app.state.sessions

    async def lines() -> AsyncIterator[str]:
        yield "line,field,reason\r\n"
        after = 0
        while True:
            async with sessions() as page_session:
                page = await service.error_rows(
                    page_session, job_id=job_id, after_id=after, limit=_ERROR_PAGE
                )
            if not page:
                return
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerows((e.line, e.field, e.reason) for e in page)
            yield buffer.getvalue()
            after = page[-1].id or after

    return StreamingResponse(
        lines(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="feed-{job_id}-errors.csv"'},
    )
