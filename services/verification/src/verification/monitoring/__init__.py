"""Monitoring (动态监测): the monitored population, rules as data, and screening."""
