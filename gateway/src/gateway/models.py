"""Imports every gateway table so the metadata is complete (Alembic, drift check)."""

from gateway.audit.models import AuditEntry
from gateway.identities.models import Identity
from gateway.tokens.models import RefreshToken

__all__ = ["AuditEntry", "Identity", "RefreshToken"]
