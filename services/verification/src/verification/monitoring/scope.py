"""Who an incremental screening concerns: the `screening_scope` table of person blind indexes.

Filled from the people a write names, or from the monitored people whose records a feed merge added
or superseded (found above id marks through primary keys), plus the members of their enrolled
households (exit review sums a household).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from verification.db import byte_wise_sql


@dataclass(frozen=True)
class FeedMarks:
    """The highest record and record-version ids before a feed merge: what it adds lies above.

    Merges are serialized, so a merge's new records and the versions it supersedes take ids above
    these marks; both are found through primary keys, without scanning partner records.
    """

    record_id: int
    version_id: int


async def feed_marks(conn: AsyncConnection) -> FeedMarks:
    row = (
        await conn.execute(
            text(
                "SELECT (SELECT coalesce(max(id), 0) FROM partner_record),"
                " (SELECT coalesce(max(id), 0) FROM partner_record_version)"
            )
        )
    ).one()
    return FeedMarks(int(row[0]), int(row[1]))


async def create_scope(
    conn: AsyncConnection, person_indexes: list[str] | None, *, since: FeedMarks | None
) -> None:
    """Fill the scope table with the people an incremental screening concerns (and their households)."""
    postgres = conn.dialect.name == "postgresql"
    await conn.execute(text("DROP TABLE IF EXISTS screening_scope"))
    on_commit = " ON COMMIT DROP" if postgres else ""
    await conn.execute(
        text(
            "CREATE TEMPORARY TABLE screening_scope"
            f" (person_index {byte_wise_sql(conn.dialect.name, 64)} PRIMARY KEY){on_commit}"
        )
    )
    if since is not None:
        await conn.execute(
            text(
                # Two primary-key range scans (an OR of the two would scan the table). Only
                # monitored people: screening raises warnings for no one else, and most people a
                # feed names are not monitored.
                "INSERT INTO screening_scope (person_index) SELECT r.person_index"
                " FROM partner_record r WHERE r.id > :record_mark AND EXISTS (SELECT 1"
                " FROM monitored_person m WHERE m.person_index = r.person_index)"
                " UNION SELECT r.person_index FROM partner_record_version v"
                " JOIN partner_record r ON r.id = v.record_id WHERE v.id > :version_mark"
                " AND EXISTS (SELECT 1 FROM monitored_person m"
                " WHERE m.person_index = r.person_index)"
            ),
            {"record_mark": since.record_id, "version_mark": since.version_id},
        )
    if person_indexes:
        await conn.execute(
            text("INSERT INTO screening_scope (person_index) VALUES (:p) ON CONFLICT DO NOTHING"),
            [{"p": p} for p in dict.fromkeys(person_indexes)],
        )
    # Exit review sums an enrolled household's records: its other members are screened with it.
    await conn.execute(
        text(
            "INSERT INTO screening_scope (person_index) SELECT DISTINCT m.person_index"
            " FROM screening_scope s JOIN monitored_person p ON p.person_index = s.person_index"
            " JOIN monitored_household h ON h.household_key = p.household_key"
            " JOIN monitored_person m ON m.household_key = h.household_key"
            " WHERE h.status = 'enrolled' ON CONFLICT DO NOTHING"
        )
    )
    if postgres:
        await conn.execute(text("ANALYZE screening_scope"))
