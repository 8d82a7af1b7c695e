"""A small app built with the kit's factory, with its own table, to test the kit's promises."""

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI
from pydantic import BaseModel
from pydantic import Field as PydanticField
from sqlalchemy import Column, ForeignKey, Uuid, select
from sqlmodel import Field, SQLModel

from jiuzhu_kit.app import create_app
from jiuzhu_kit.auth import CurrentPrincipal, require_roles
from jiuzhu_kit.db import SessionDep, new_registry
from jiuzhu_kit.errors import Conflict
from jiuzhu_kit.outbox import EventHandlers, EventIn, enqueue, make_outbox_models
from jiuzhu_kit.settings import ServiceSettings
from jiuzhu_kit.testing import app_client, fresh_database
from jiuzhu_kit.tracing import current_trace_id


class KitModel(SQLModel, registry=new_registry()):
    pass


class Note(KitModel, table=True):
    __tablename__ = "note"
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    text: str


class Claim(KitModel, table=True):
    """A claim on a note, its key checked only when the transaction commits."""

    __tablename__ = "claim"
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    note_id: uuid.UUID = Field(
        sa_column=Column(
            Uuid, ForeignKey("note.id", deferrable=True, initially="DEFERRED"), nullable=False
        )
    )


class Seen(KitModel, table=True):
    __tablename__ = "seen"
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    event_id: uuid.UUID


Outbox, Inbox = make_outbox_models(KitModel)


class NoteIn(BaseModel):
    text: str = PydanticField(min_length=1, max_length=20)
    count: int


events = EventHandlers()


@events.on("note.copied")
async def _copied(session, event: EventIn) -> None:  # type: ignore[no-untyped-def]
    session.add(Seen(event_id=event.id))


@events.on("note.traced")
async def _traced(session, event: EventIn) -> None:  # type: ignore[no-untyped-def]
    # The trace the handler runs in, kept where the test can read it (a trace id is 128 bits).
    session.add(Seen(id=event.id, event_id=uuid.UUID(current_trace_id())))


@events.on("note.dangling")
async def _dangling(session, event: EventIn) -> None:  # type: ignore[no-untyped-def]
    # A claim on no note: flushed without complaint, refused when the transaction commits.
    session.add(Claim(note_id=uuid.uuid4()))


@events.on("note.refused")
async def _refused(session, event: EventIn) -> None:  # type: ignore[no-untyped-def]
    session.add(Seen(event_id=event.id))  # undone: the refusal rolls the event back
    raise Conflict(f"note {event.payload.get('n')} conflicts with an earlier one")


def build(settings: ServiceSettings, peers: dict[str, str] | None = None) -> FastAPI:
    router = APIRouter()

    @router.post("/notes", status_code=201)
    async def create_note(data: NoteIn, session: SessionDep) -> dict[str, str]:
        note = Note(text=data.text)
        session.add(note)
        enqueue(
            session, Outbox, destination="peer", topic="note.copied", payload={"text": data.text}
        )
        return {"id": str(note.id)}

    @router.post("/notes/fail")
    async def create_then_fail(data: NoteIn, session: SessionDep) -> None:
        session.add(Note(text=data.text))
        await session.flush()
        raise Conflict(f"note {data.text!r} conflicts", current="x")

    @router.get("/notes/count")
    async def count(session: SessionDep, text: str) -> dict[str, int]:
        rows = await session.execute(select(Note).where(Note.text == text))
        return {"count": len(rows.all())}

    @router.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internal detail: password=hunter2")

    @router.get("/me")
    async def me(principal: CurrentPrincipal) -> dict[str, object]:
        return {"sub": principal.subject, "roles": sorted(principal.roles)}

    @router.get("/caseworkers")
    async def caseworkers(_: object = Depends(require_roles("caseworker"))) -> dict[str, bool]:
        return {"ok": True}

    async def create_tables(app: FastAPI) -> None:
        async with app.state.engine.begin() as conn:
            await conn.run_sync(KitModel.metadata.create_all)

    return create_app(
        settings=settings,
        title="kit test",
        description="kit test",
        routers=[router],
        outbox_model=Outbox,
        inbox_model=Inbox,
        event_handlers=events,
        peers=lambda: peers or {},
        on_startup=[create_tables],
    )


@pytest.fixture(scope="session")
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    async with fresh_database("kit", Path(tmp_path_factory.mktemp("kit"))) as url:
        yield url


@pytest.fixture(scope="session")
async def client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = ServiceSettings(
        database_url=database_url,
        environment="test",
        max_body_bytes=2048,
        outbox_relay_enabled=False,
    )
    async with app_client(build(settings)) as c:
        yield c
