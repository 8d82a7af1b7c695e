"""The gateway's own SQLModel metadata (identities, tokens, audit log) and its request session."""

from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from jiuzhu_kit.db import get_session, new_registry


class GatewayModel(SQLModel, registry=new_registry()):
    """Base of every gateway table."""


metadata = GatewayModel.metadata

# The kit's session, committed *before* the response is sent: FastAPI runs the exit code of a
# yield dependency after sending unless its scope is "function", and then a client could read
# before the write it was told succeeded (a new identity, a counted wrong password) is committed.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
