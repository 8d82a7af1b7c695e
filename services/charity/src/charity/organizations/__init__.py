"""organizations domain."""
