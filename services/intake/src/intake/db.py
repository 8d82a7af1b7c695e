"""Intake's own SQLModel metadata (never shared with another service) and its outbox/inbox tables."""

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from copy import deepcopy
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache, partial
from typing import Any, TypeVar, cast
from uuid import UUID

import asyncpg
from sqlalchemy import BindParameter, Table, TextClause, bindparam, insert, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import configure_mappers
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.orm.instrumentation import manager_of_class
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement
from sqlmodel import SQLModel

from intake.settings import get_settings
from jiuzhu_kit import outbox
from jiuzhu_kit.db import new_registry
from jiuzhu_kit.outbox import make_outbox_models
from jiuzhu_kit.pii import FieldCipher


class IntakeModel(SQLModel, registry=new_registry()):
    """Base of every intake table."""


metadata = IntakeModel.metadata
_POSTGRESQL = postgresql.dialect()
OutboxEvent, InboxEvent = make_outbox_models(IntakeModel)


@cache
def _cipher_for(secret: str) -> FieldCipher:
    return FieldCipher(secret)


def pii_cipher() -> FieldCipher:
    """The cipher for personal data at rest, keyed by INTAKE_PII_KEY."""
    return _cipher_for(get_settings().pii_key)


Row = TypeVar("Row", bound=IntakeModel)
# Defaults of these types are shared safely between rows; any other default is copied per row.
_IMMUTABLE = (type(None), bool, int, float, str, Decimal, UUID, date, datetime, tuple)


@cache
def _defaults(model: type[IntakeModel]) -> tuple[tuple[str, Any, Callable[[], Any] | None], ...]:
    """(field, default, default factory) of each optional field of a table model.

    Also configures the mappers, which a model's own constructor would do on first use.
    """
    configure_mappers()
    out: list[tuple[str, Any, Callable[[], Any] | None]] = []
    for name, info in model.model_fields.items():
        if info.default_factory is not None:
            if info.default_factory_takes_validated_data:
                raise TypeError(f"{model.__name__}.{name}: a default from the other fields")
            out.append((name, None, cast(Callable[[], Any], info.default_factory)))
        elif not info.is_required():
            out.append((name, info.default, None))
    return tuple(out)


def new_row(model: type[Row], **values: Any) -> Row:
    """A new, transient row of `model`, as `model(**values)` builds it, at a fraction of the CPU.

    A table model's constructor validates nothing; what it costs (a fifth of a submission's CPU
    when every row was built with it) is SQLModel's generic path: the field defaults looked up
    field by field and every value set through two layers of `__setattr__` hooks. Here the
    defaults are read once per model and the values go straight into the instance dict that the
    ORM's instrumented attributes read, exactly as when the ORM loads a row. Nothing but the
    model's own fields may be passed (a typo would otherwise be silently stored).
    """
    unknown = values.keys() - model.model_fields.keys()
    if unknown:
        raise TypeError(f"{model.__name__} has no field(s) {sorted(unknown)}")
    row: Row = manager_of_class(model).new_instance()
    state = row.__dict__
    for name, default, factory in _defaults(model):
        if name not in values:
            if factory is not None:
                state[name] = factory()
            else:
                state[name] = default if isinstance(default, _IMMUTABLE) else deepcopy(default)
    state.update(values)
    object.__setattr__(row, "__pydantic_fields_set__", set(values))
    return row


def enqueue(session: AsyncSession, *, destination: str, topic: str, payload: dict[str, Any]) -> Any:
    """`jiuzhu_kit.outbox.enqueue` into intake's outbox, the row built by `new_row`.

    The kit only calls the model it is given with the row's values; SQLModel's constructor
    took a tenth of a submission's CPU for its two events.
    """
    return outbox.enqueue(
        session,
        partial(new_row, OutboxEvent),
        destination=destination,
        topic=topic,
        payload=payload,
    )


@cache
def _table_order() -> dict[Table, int]:
    """Intake's tables, parents before the tables referring to them."""
    return {table: n for n, table in enumerate(metadata.sorted_tables)}


@cache
def _keys(table: Table) -> tuple[str, ...]:
    return tuple(c.key for c in table.columns)


@lru_cache(maxsize=256)
def _insert_all(shape: tuple[tuple[Table, int], ...]) -> tuple[TextClause, tuple[str, ...]]:
    """One PostgreSQL statement inserting rows of several tables: a multi-row INSERT per table,
    each a CTE, for `shape` = ((table, row count), …). Built once per shape, so SQLAlchemy's
    compiled cache serves it (a select carrying DML CTEs has no cache key and would be compiled
    on every execution); parameter `w{t}_{r}_{c}` is column c of row r of the t-th table, and
    the parameter names come with the statement in that order (t, r, c).

    The sub-statements of one statement see one snapshot and the foreign keys are checked at its
    end, so one round trip writes a whole submission, in any order.
    """
    quote = _POSTGRESQL.identifier_preparer
    ctes: list[str] = []
    binds: list[BindParameter[Any]] = []
    for t, (table, count) in enumerate(shape):
        columns = list(table.columns)
        rows = []
        for r in range(count):
            names = [f"w{t}_{r}_{c}" for c in range(len(columns))]
            binds += [bindparam(n, type_=col.type) for n, col in zip(names, columns, strict=True)]
            rows.append("(" + ", ".join(f":{n}" for n in names) + ")")
        # Only quoted table and column names and bind names go into the text, never a value.
        ctes.append(
            f"w{t} AS (INSERT INTO {quote.format_table(table)} "  # noqa: S608
            f"({', '.join(quote.quote(col.name) for col in columns)}) VALUES {', '.join(rows)})"
        )
    statement = text(f"WITH {', '.join(ctes)} SELECT 1").bindparams(*binds)
    return statement, tuple(b.key for b in binds)


@lru_cache(maxsize=256)
def _insert_all_for_driver(
    shape: tuple[tuple[Table, int], ...], dialect: Dialect
) -> tuple[str, tuple[Callable[[Any], Any] | None, ...]]:
    """`_insert_all(shape)` as the driver takes it: the SQL SQLAlchemy would send (positional
    parameters, with its casts) and each parameter's bind processor (UTC conversion, encryption
    of personal data, JSON), in parameter order."""
    statement, names = _insert_all(shape)
    compiled = statement.compile(dialect=dialect)
    if tuple(compiled.positiontup or ()) != names:
        raise RuntimeError("the compiled statement's parameters are not in the expected order")
    columns = [column for table, count in shape for _ in range(count) for column in table.columns]
    processors = tuple(c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns)
    return str(compiled), processors


async def _execute_on_driver(
    connection: AsyncConnection,
    shape: tuple[tuple[Table, int], ...],
    values: Iterator[Any],
) -> None:
    """Run the one statement of `shape` on the connection's asyncpg driver, outside a
    transaction (see `without_transaction`): SQLAlchemy's execution context turned each of a
    submission's ~150 parameters into a dict entry, looked it up and processed it, with a greenlet
    hop around the driver call; here they go to the driver as a tuple. Errors come out as
    SQLAlchemy's would: IntegrityError for a constraint (the duplicate guard reads it), and a lost
    connection invalidated and raised as ConnectionError (answered 503)."""
    sql, processors = _insert_all_for_driver(shape, connection.dialect)
    args = [v if p is None else p(v) for p, v in zip(processors, values, strict=True)]
    async with _driver_of(connection) as driver:
        try:
            await driver.execute(sql, *args)
        except asyncpg.IntegrityConstraintViolationError as exc:
            raise IntegrityError(sql, None, exc) from exc


@lru_cache(maxsize=64)
def _query_for_driver(
    statement: Executable, dialect: Dialect
) -> tuple[str, tuple[tuple[str, Callable[[Any], Any] | None], ...], dict[str, Any]]:
    """A prebuilt query as the driver takes it: its SQL, its parameters in order with their bind
    processors, and the values of the literals it carries. Keyed by the statement object: for
    statements built once at import."""
    compiled = cast(SQLCompiler, cast(ClauseElement, statement).compile(dialect=dialect))
    binds = tuple(
        (name, compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect))
        for name in compiled.positiontup or ()
    )
    return str(compiled), binds, dict(compiled.params)


async def fetch_on_driver(
    session: AsyncSession, statement: Executable, params: dict[str, Any]
) -> list[asyncpg.Record]:
    """The rows of a prebuilt PostgreSQL query, fetched on the session's connection's asyncpg
    driver: for a hot read whose ORM execution (compiled-cache lookup, result processing, the
    greenlet hop) costs several times the query. The rows are the driver's records, not
    processed by column types: for plain columns (ids, text). Inside a transaction the query
    runs in it once SQLAlchemy has begun it, before that on its own, which for a read under
    READ COMMITTED sees the same rows."""
    connection = await session.connection()
    sql, binds, literals = _query_for_driver(statement, connection.dialect)
    values = {**literals, **params}
    args = [values[n] if p is None else p(values[n]) for n, p in binds]
    async with _driver_of(connection) as driver:
        return cast(list[asyncpg.Record], await driver.fetch(sql, *args))


@asynccontextmanager
async def _driver_of(connection: AsyncConnection) -> AsyncIterator[asyncpg.Connection]:
    """The asyncpg connection under `connection`; a connection lost meanwhile is invalidated
    and raised as ConnectionError (answered 503), as SQLAlchemy would."""
    driver = (await connection.get_raw_connection()).driver_connection
    assert driver is not None
    try:
        yield driver
    except CONNECTION_LOST as exc:
        await connection.invalidate(exc)
        raise ConnectionError("the database connection was lost") from exc


# What asyncpg raises when the server or the socket goes away under a statement (a restart, a
# terminated backend): the connection is gone, the request may be retried.
CONNECTION_LOST: tuple[type[BaseException], ...] = (
    asyncpg.InterfaceError,
    asyncpg.PostgresConnectionError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.CannotConnectNowError,
    OSError,
)

_AUTOCOMMIT = "AUTOCOMMIT"


async def without_transaction(session: AsyncSession) -> None:
    """On PostgreSQL, run a fresh session's work outside a transaction: for a use case that only
    reads before it writes everything with one `write_new`, which is then one statement.

    One statement is atomic on its own, and the reads before it take no locks; under READ
    COMMITTED every statement takes its own snapshot whether or not a transaction wraps them. So a
    transaction would add nothing but its BEGIN and COMMIT: two round trips, a few per cent of a
    submission's CPU. `write_new` refuses to write more than that one statement in this mode.
    SQLite writes table by table and keeps its transaction; a session already in a transaction
    (a test's, or a use case's earlier work) keeps it too.
    """
    if session.get_bind().dialect.name == "postgresql" and not session.in_transaction():
        await session.connection(execution_options={"isolation_level": _AUTOCOMMIT})


async def write_new(session: AsyncSession) -> None:
    """Write the rows added to the session in as few statements as the database allows.

    The unit of work's flush costs more CPU than the database takes to write a submission's
    dozen rows, and it does not order a household before the rows referring to it (intake's
    tables declare no ORM relationships). Here PostgreSQL gets one statement for all of them,
    SQLite one multi-row INSERT per table, parents first. The rows then stand in the session
    exactly as after a flush, so later changes to them are still written; anything else pending
    (changed or deleted rows) is flushed after.
    """
    pending = list(session.new)
    connection = await session.connection()
    assert connection.sync_connection is not None
    options = connection.sync_connection.get_execution_options()
    single = options.get("isolation_level") == _AUTOCOMMIT
    if single and (session.dirty or session.deleted):
        # Two statements without a transaction could be half-written.
        raise RuntimeError("write_new without a transaction writes new rows only")
    order = _table_order()
    by_table: dict[Table, list[dict[str, Any]]] = {}
    for row in sorted(pending, key=lambda r: order[r.__table__]):
        table = row.__table__
        state = row.__dict__  # a new row's values; what it lacks reads as None
        by_table.setdefault(table, []).append({key: state.get(key) for key in _keys(table)})
    with session.no_autoflush:  # the rows must not be flushed by the first INSERT itself
        if (single or len(by_table) > 1) and connection.dialect.name == "postgresql":
            shape = tuple((table, len(rows)) for table, rows in by_table.items())
            flat = (value for rows in by_table.values() for row in rows for value in row.values())
            if single:
                await _execute_on_driver(connection, shape, flat)
            else:
                statement, names = _insert_all(shape)
                await session.execute(statement, dict(zip(names, flat, strict=True)))
        else:
            for table, rows in by_table.items():
                await session.execute(insert(table), rows)
    # What a flush does with the rows it inserted: persistent, in the identity map, and marked new
    # in the transaction, so that a rollback expunges them again. (Expunging them and adding them
    # back as detached cost as much again as building them, and a rollback would have left them
    # looking persistent.)
    session.sync_session._register_persistent({instance_state(row) for row in pending})
    await session.flush()
