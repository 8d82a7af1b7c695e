"""Partner commands: `jiuzhu records push` (one record) and `jiuzhu referrals …` (救助+ referrals)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal
from uuid import UUID

import typer

from jiuzhu_cli.output import emit, print_json, show_rows
from jiuzhu_cli.problems import CliProblem
from jiuzhu_cli.session import Session
from jiuzhu_client.api.records import verification_push_record_v1_records_post as push_record
from jiuzhu_client.api.referrals import (
    charity_act_v1_referrals_referral_id_action_post as act_on_referral,
)
from jiuzhu_client.api.referrals import (
    charity_decline_v1_referrals_referral_id_decline_post as decline_referral,
)
from jiuzhu_client.api.referrals import (
    charity_get_referral_v1_referrals_referral_id_get as get_referral,
)
from jiuzhu_client.api.referrals import charity_list_referrals_v1_referrals_get as list_referrals
from jiuzhu_client.models.decline_in import DeclineIn
from jiuzhu_client.models.record_create import RecordCreate
from jiuzhu_client.models.record_write_result import RecordWriteResult
from jiuzhu_client.models.referral_page import ReferralPage
from jiuzhu_client.models.referral_read import ReferralRead
from jiuzhu_client.types import UNSET

records = typer.Typer(help="Partner records (one at a time; use `feeds upload` for bulk).")
referrals = typer.Typer(help="Referrals to charities (救助+): list them and move them on.")

Kind = Literal["income", "asset", "expenditure", "life_event"]
REFERRAL_COLUMNS = ("id", "status", "benefit_kind", "household_id", "respond_by", "created_at")
REFERRAL_FIELDS = (
    "id",
    "status",
    "benefit_kind",
    "household_id",
    "resource_id",
    "to_organization_id",
    "resource_name",
    "respond_by",
    "decline_reason",
    "created_at",
)


def _json_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CliProblem("Unreadable record file", f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise CliProblem("Unreadable record file", f"{path}: expected one JSON object")
    return data


@records.command("push")
def push(
    ctx: typer.Context,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="The record as a JSON object")
    ] = None,
    source: Annotated[str | None, typer.Option(help="e.g. medical_insurance (医保)")] = None,
    source_record_id: Annotated[str | None, typer.Option(help="Your own id of the record")] = None,
    id_number: Annotated[str | None, typer.Option(help="Resident ID (居民身份证号码)")] = None,
    kind: Annotated[
        Kind | None, typer.Option(help="income | asset | expenditure | life_event")
    ] = None,
    type_: Annotated[str | None, typer.Option("--type", help="e.g. medical_out_of_pocket")] = None,
    amount_yuan: Annotated[str | None, typer.Option(help="Yuan, e.g. 1250.00")] = None,
    date: Annotated[str | None, typer.Option(help="As-of / payment / event date")] = None,
    period_from: Annotated[str | None, typer.Option()] = None,
    period_to: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Push one record; re-sending the same source_record_id corrects it (a new version)."""
    session: Session = ctx.obj
    given = {
        "source": source,
        "source_record_id": source_record_id,
        "id_number": id_number,
        "kind": kind,
        "type": type_,
        "amount_yuan": amount_yuan,
        "date": date,
        "period_from": period_from,
        "period_to": period_to,
    }
    data = _json_file(file) if file else {}
    data.update({k: v for k, v in given.items() if v is not None})
    missing = [
        k for k in ("source", "source_record_id", "id_number", "kind", "type") if not data.get(k)
    ]
    if missing:
        raise CliProblem("Incomplete record", "Missing: " + ", ".join(missing))
    body = RecordCreate.from_dict(data)
    result = session.expect(
        push_record.sync_detailed(client=session.client(), body=body), RecordWriteResult
    )
    emit(
        result,
        json_output=session.json_output,
        title=f"Record {result.outcome}",
        fields=("id", "outcome", "version", "kind", "type", "amount_yuan", "id_number_masked"),
    )


@referrals.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help="Only this status, e.g. sent")] = None,
    household_id: Annotated[UUID | None, typer.Option()] = None,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
) -> None:
    """Referrals you can see (a charity partner: those to its organization)."""
    session: Session = ctx.obj
    page = session.expect(
        list_referrals.sync_detailed(
            client=session.client(),
            status=status if status else UNSET,  # type: ignore[arg-type]
            household_id=household_id if household_id else UNSET,
            limit=limit,
            offset=offset,
        ),
        ReferralPage,
    )
    if session.json_output:
        print_json(page)
        return
    show_rows(
        page.items,
        title=f"Referrals {offset + 1}–{offset + len(page.items)} of {page.total}",
        columns=REFERRAL_COLUMNS,
    )


def _show(session: Session, referral: ReferralRead, title: str) -> None:
    emit(referral, json_output=session.json_output, title=title, fields=REFERRAL_FIELDS)


@referrals.command("show")
def show(ctx: typer.Context, referral_id: UUID) -> None:
    """One referral."""
    session: Session = ctx.obj
    referral = session.expect(
        get_referral.sync_detailed(referral_id, client=session.client()), ReferralRead
    )
    _show(session, referral, f"Referral {referral_id}")


def _act(ctx: typer.Context, referral_id: UUID, action: str) -> None:
    session: Session = ctx.obj
    referral = session.expect(
        act_on_referral.sync_detailed(referral_id, action, client=session.client()),  # type: ignore[arg-type]
        ReferralRead,
    )
    _show(session, referral, f"Referral {referral_id}: {action}")


@referrals.command("send")
def send(ctx: typer.Context, referral_id: UUID) -> None:
    """Send a proposed referral to the charity."""
    _act(ctx, referral_id, "send")


@referrals.command("accept")
def accept(ctx: typer.Context, referral_id: UUID) -> None:
    """Accept a referral sent to your organization."""
    _act(ctx, referral_id, "accept")


@referrals.command("start")
def start(ctx: typer.Context, referral_id: UUID) -> None:
    """Mark an accepted referral as in service."""
    _act(ctx, referral_id, "start")


@referrals.command("deliver")
def deliver(ctx: typer.Context, referral_id: UUID) -> None:
    """Mark a referral as delivered."""
    _act(ctx, referral_id, "deliver")


@referrals.command("confirm")
def confirm(ctx: typer.Context, referral_id: UUID) -> None:
    """Confirm a delivered referral (staff)."""
    _act(ctx, referral_id, "confirm")


@referrals.command("cancel")
def cancel(ctx: typer.Context, referral_id: UUID) -> None:
    """Cancel a referral."""
    _act(ctx, referral_id, "cancel")


@referrals.command("decline")
def decline(
    ctx: typer.Context,
    referral_id: UUID,
    reason: Annotated[str, typer.Option(help="Why (shown to the caseworker)")],
) -> None:
    """Decline a referral, giving the reason."""
    session: Session = ctx.obj
    referral = session.expect(
        decline_referral.sync_detailed(
            referral_id, client=session.client(), body=DeclineIn(reason=reason)
        ),
        ReferralRead,
    )
    _show(session, referral, f"Referral {referral_id}: declined")
