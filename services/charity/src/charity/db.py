"""Charity's own SQLModel metadata (never shared with another service) and its outbox/inbox tables."""

from functools import cache

from sqlmodel import SQLModel

from charity.settings import get_settings
from jiuzhu_kit.db import new_registry
from jiuzhu_kit.outbox import make_outbox_models
from jiuzhu_kit.pii import FieldCipher


class CharityModel(SQLModel, registry=new_registry()):
    """Base of every charity table."""


metadata = CharityModel.metadata
OutboxEvent, InboxEvent = make_outbox_models(CharityModel)


@cache
def _cipher_for(secret: str) -> FieldCipher:
    return FieldCipher(secret)


def pii_cipher() -> FieldCipher:
    """The cipher for personal data at rest, keyed by CHARITY_PII_KEY."""
    return _cipher_for(get_settings().pii_key)
