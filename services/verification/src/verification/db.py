"""Verification's own SQLModel metadata (never shared with another service) and its outbox/inbox tables."""

from functools import cache

from sqlalchemy import String
from sqlmodel import SQLModel

from jiuzhu_kit.db import new_registry
from jiuzhu_kit.outbox import make_outbox_models
from jiuzhu_kit.pii import FieldCipher
from verification.settings import get_settings


class VerificationModel(SQLModel, registry=new_registry()):
    """Base of every verification table."""


metadata = VerificationModel.metadata

# A person's blind index (64 hex digits) compares byte-wise on PostgreSQL: the database's locale
# collation would compare these digests character by character through the locale (sorting them
# costs ~2× more, e.g. building the records' person index). Every column holding one, and every
# temporary table joined to them, uses it: PostgreSQL refuses to compare text of two collations.
# A partner record's key (source, source_record_id) too: its unique index is maintained for every
# row a bulk feed copies in, and through the locale each of those insertions cost ~20 % more.
# (SQLite compares bytes already.)


def byte_wise(length: int) -> String:
    """Text compared byte-wise (the C collation) on PostgreSQL."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def byte_wise_sql(dialect: str, length: int) -> str:
    """The same type in DDL, for temporary tables joined to such columns."""
    collation = ' COLLATE "C"' if dialect == "postgresql" else ""
    return f"varchar({length}){collation}"


BLIND_INDEX = byte_wise(64)
OutboxEvent, InboxEvent = make_outbox_models(VerificationModel)


@cache
def _cipher_for(secret: str) -> FieldCipher:
    return FieldCipher(secret)


def pii_cipher() -> FieldCipher:
    """The cipher for personal data at rest, keyed by VERIFICATION_PII_KEY."""
    return _cipher_for(get_settings().pii_key)
