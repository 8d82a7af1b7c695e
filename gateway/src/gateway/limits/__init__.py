"""Per-client rate limits (token buckets), in memory or shared through Redis."""
