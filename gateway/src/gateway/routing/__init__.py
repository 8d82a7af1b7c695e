"""Routing by path prefix to the service that owns the resource."""
