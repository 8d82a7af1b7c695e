"""lovelist domain."""
