"""hsds domain."""
