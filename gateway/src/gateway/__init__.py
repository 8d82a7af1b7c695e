"""Gateway: one API for apps and partners — identity, tokens, audit, limits, routing to the services."""
