"""Decisions on households and their plans (一户一策)."""
