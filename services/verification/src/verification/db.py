"""Verification's own SQLModel metadata (never shared with another service) and its outbox/inbox tables."""

from functools import cache

from sqlmodel import SQLModel

from jiuzhu_kit.db import new_registry
from jiuzhu_kit.outbox import make_outbox_models
from jiuzhu_kit.pii import FieldCipher
from verification.settings import get_settings


class VerificationModel(SQLModel, registry=new_registry()):
    """Base of every verification table."""


metadata = VerificationModel.metadata
OutboxEvent, InboxEvent = make_outbox_models(VerificationModel)


@cache
def _cipher_for(secret: str) -> FieldCipher:
    return FieldCipher(secret)


def pii_cipher() -> FieldCipher:
    """The cipher for personal data at rest, keyed by VERIFICATION_PII_KEY."""
    return _cipher_for(get_settings().pii_key)
