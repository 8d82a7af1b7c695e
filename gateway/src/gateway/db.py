"""The gateway's own SQLModel metadata: identities, tokens and the audit log live here."""

from jiuzhu_kit.db import new_registry
from sqlmodel import SQLModel


class GatewayModel(SQLModel, registry=new_registry()):
    """Base of every gateway table."""


metadata = GatewayModel.metadata
