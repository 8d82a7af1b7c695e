"""Intake service: households as declared, applications and their workflow (申请受理)."""
