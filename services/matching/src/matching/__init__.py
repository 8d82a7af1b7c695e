"""Matching service: the policy catalog (政策一本通), dated regional parameters, decisions, plans (一户一策), simulations."""
