"""Hashing and checking passwords and client secrets with Argon2id (argon2-cffi)."""

from __future__ import annotations

import asyncio
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Checked when the account does not exist, so a wrong username costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("jiuzhu-no-such-account")


async def hash_secret(secret: str) -> str:
    # Argon2 is deliberately slow; off the event loop, so other requests keep flowing.
    return await asyncio.to_thread(_hasher.hash, secret)


async def secret_matches(secret: str, secret_hash: str | None) -> bool:
    def check() -> bool:
        try:
            return _hasher.verify(secret_hash or _DUMMY_HASH, secret) and secret_hash is not None
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(check)


def new_client_secret() -> str:
    """A fresh partner secret: 256 random bits, shown once to the caller and never stored."""
    return secrets.token_urlsafe(32)
