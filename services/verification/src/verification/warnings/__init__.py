"""Warnings (预警线索): raised by screening, visited by caseworkers, confirmed or dismissed."""
