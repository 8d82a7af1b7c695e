"""Tokens: the OAuth2 token endpoint, signing keys and the JWKS services verify against."""
