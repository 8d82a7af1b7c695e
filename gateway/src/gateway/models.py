"""Imports every gateway table so the metadata is complete (Alembic, drift check)."""
