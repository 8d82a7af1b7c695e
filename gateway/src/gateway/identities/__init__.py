"""Identities: people with roles and a region scope, and partner clients with hashed secrets."""
