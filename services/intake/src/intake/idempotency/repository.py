"""Every query on idempotency records.

Each is one Core statement run on its own autocommit connection: a record is written before the
request runs and its answer after, outside the request's transaction, so a BEGIN/COMMIT pair and
an ORM object per statement would only add round trips and CPU to every POST.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from intake.idempotency.models import IdempotencyRecord

TABLE = IdempotencyRecord.__table__
# Built once, values bound at execution: building them per request cost more than running them.
_RESERVE = insert(TABLE)
_STORE_ANSWER = (
    update(TABLE)
    .where(TABLE.c.id == bindparam("record_id"))
    .values(
        done=True,
        status_code=bindparam("answer_status"),
        content_type=bindparam("answer_type"),
        response_body=bindparam("answer_body"),
    )
)


async def reserve(conn: AsyncConnection, row: dict[str, Any]) -> None:
    """Insert the record; raises IntegrityError when (caller, key) is already taken."""
    await conn.execute(_RESERVE, row)


async def find(conn: AsyncConnection, caller: str, key: str) -> Any | None:
    rows = await conn.execute(select(TABLE).where(TABLE.c.caller == caller, TABLE.c.key == key))
    return rows.first()


async def forget(conn: AsyncConnection, record_id: uuid.UUID) -> None:
    await conn.execute(delete(TABLE).where(TABLE.c.id == record_id))


async def purge_before(conn: AsyncConnection, cutoff: datetime) -> None:
    await conn.execute(delete(TABLE).where(TABLE.c.created_at < cutoff))


async def store_answer(
    conn: AsyncConnection,
    record_id: uuid.UUID,
    *,
    status_code: int,
    content_type: str | None,
    body: str,
) -> None:
    await conn.execute(
        _STORE_ANSWER,
        {
            "record_id": record_id,
            "answer_status": status_code,
            "answer_type": content_type,
            "answer_body": body,
        },
    )
