"""Verification's copy of household composition, kept current by intake's events."""
