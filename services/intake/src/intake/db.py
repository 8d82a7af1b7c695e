"""Intake's own SQLModel metadata (never shared with another service) and its outbox/inbox tables."""

from functools import cache, lru_cache
from typing import Any

from sqlalchemy import BindParameter, Table, TextClause, bindparam, insert, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import SQLModel

from intake.settings import get_settings
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


@cache
def _table_order() -> dict[Table, int]:
    """Intake's tables, parents before the tables referring to them."""
    return {table: n for n, table in enumerate(metadata.sorted_tables)}


@lru_cache(maxsize=256)
def _insert_all(shape: tuple[tuple[Table, int], ...]) -> TextClause:
    """One PostgreSQL statement inserting rows of several tables: a multi-row INSERT per table,
    each a CTE, for `shape` = ((table, row count), …). Built once per shape, so SQLAlchemy's
    compiled cache serves it (a select carrying DML CTEs has no cache key and would be compiled
    on every execution); parameter `w{t}_{r}_{c}` is column c of row r of the t-th table.

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
    return text(f"WITH {', '.join(ctes)} SELECT 1").bindparams(*binds)


async def write_new(session: AsyncSession) -> None:
    """Write the rows added to the session in as few statements as the database allows.

    The unit of work's flush costs more CPU than the database takes to write a submission's
    dozen rows, and it does not order a household before the rows referring to it (intake's
    tables declare no ORM relationships). Here PostgreSQL gets one statement for all of them,
    SQLite one multi-row INSERT per table, parents first. The rows stay in the session as
    persistent, as after a flush, so later changes to them are still written; anything else
    pending (changed or deleted rows) is flushed after.
    """
    pending = list(session.new)
    order = _table_order()
    by_table: dict[Table, list[dict[str, Any]]] = {}
    for row in sorted(pending, key=lambda r: order[r.__table__]):
        table = row.__table__
        by_table.setdefault(table, []).append({c.key: getattr(row, c.key) for c in table.columns})
    with session.no_autoflush:  # the rows must not be flushed by the first INSERT itself
        if len(by_table) > 1 and session.get_bind().dialect.name == "postgresql":
            shape = tuple((table, len(rows)) for table, rows in by_table.items())
            values = {
                f"w{t}_{r}_{c}": value
                for t, rows in enumerate(by_table.values())
                for r, row in enumerate(rows)
                for c, value in enumerate(row.values())
            }
            await session.execute(_insert_all(shape), values)
        else:
            for table, rows in by_table.items():
                await session.execute(insert(table), rows)
    for row in pending:
        session.expunge(row)
        make_transient_to_detached(row)
        session.add(row)
    await session.flush()
