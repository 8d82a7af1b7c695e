"""Idempotency-Key on every POST: a retried request gets the first answer, never a second effect."""
