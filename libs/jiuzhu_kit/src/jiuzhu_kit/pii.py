"""Personal data helpers: masking for display and logs, blind indexes, and field encryption at rest.

A service stores e.g. phone numbers as ``Column(EncryptedString(get_cipher))`` and looks them up by
a ``blind_index`` column, so the database never holds the plaintext.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.engine import Dialect
from sqlalchemy.types import String, TypeDecorator

_VERSION = 1
_NONCE_BYTES = 12  # the size AES-GCM is designed for; random nonces are safe at this volume
_TAG_BYTES = 16
_HKDF_INFO = b"jiuzhu-pii"
_URL_SAFE = bytes.maketrans(b"+/", b"-_")


def _mask_all_but(value: str, keep_start: int, keep_end: int) -> str:
    # Too short to keep both ends without revealing most of the value: mask everything.
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    return value[:keep_start] + "*" * (len(value) - keep_start - keep_end) + value[-keep_end:]


def mask_id_number(number: str) -> str:
    """Keep the address code and last 4 characters: 11010519491231002X -> 110105********002X."""
    return _mask_all_but(number.strip().upper(), 6, 4)


def mask_phone(phone: str) -> str:
    """Keep the carrier prefix and last 4 digits: 13812345678 -> 138****5678."""
    compact = "".join(ch for ch in phone if not (ch.isspace() or ch == "-"))
    if len(compact) >= 11:
        return _mask_all_but(compact, 3, 4)
    # Landlines and fragments: only the last 4 digits are shown, and only if something stays hidden.
    return _mask_all_but(compact, 0, 4)


def mask_name(name: str) -> str:
    """Keep the first character (usually the surname): 张开发 -> 张**; a one-character name -> *."""
    stripped = name.strip()
    if len(stripped) <= 1:
        return "*" * len(stripped)
    return stripped[0] + "*" * (len(stripped) - 1)


def normalize_for_index(value: str) -> str:
    """The form hashed by blind_index: NFKC, no whitespace, upper case (ID check character x/X)."""
    folded = unicodedata.normalize("NFKC", value)
    return "".join(ch for ch in folded if not ch.isspace()).upper()


def _key_bytes(key: bytes | str) -> bytes:
    raw = key.encode("utf-8") if isinstance(key, str) else bytes(key)
    if not raw:
        raise ValueError("a blind index or cipher key must not be empty")
    return raw


def blind_index(value: str, key: bytes | str) -> str:
    """HMAC-SHA256 (hex) of the normalized value, for equality lookups without the plaintext.

    Use a key distinct from the encryption secret, so leaking one does not weaken the other.
    """
    digest = hmac.new(_key_bytes(key), normalize_for_index(value).encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()


class DecryptionError(ValueError):
    """Ciphertext that is malformed, of an unknown version, under another key, or tampered with."""


class FieldCipher:
    """AES-256-GCM for single field values, keyed by HKDF-SHA256 from a settings secret.

    Output is url-safe base64 of ``version byte + 12-byte nonce + ciphertext and tag``; each call
    uses a fresh random nonce, so equal plaintexts encrypt differently (use blind_index to match).
    """

    def __init__(self, secret: str | bytes) -> None:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(
            _key_bytes(secret)
        )
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(_NONCE_BYTES)
        header = bytes([_VERSION])
        # The version byte is authenticated too, so it cannot be swapped without detection.
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), header)
        return base64.urlsafe_b64encode(header + nonce + sealed).decode("ascii")

    def encrypt_many(self, plaintexts: Sequence[str]) -> list[str]:
        """`encrypt` of each value, for bulk loads: the nonces drawn in one call, the tokens
        encoded without the base64 module's wrappers (same format, still a fresh nonce each)."""
        nonces = os.urandom(_NONCE_BYTES * len(plaintexts))
        header = bytes([_VERSION])
        seal, encode = self._aead.encrypt, binascii.b2a_base64
        tokens = []
        for n, plaintext in enumerate(plaintexts):
            nonce = nonces[n * _NONCE_BYTES : (n + 1) * _NONCE_BYTES]
            blob = header + nonce + seal(nonce, plaintext.encode("utf-8"), header)
            tokens.append(encode(blob, newline=False).translate(_URL_SAFE).decode("ascii"))
        return tokens

    def decrypt(self, token: str) -> str:
        try:
            # validate=True: stray characters are an error, not silently skipped.
            blob = base64.b64decode(token.encode("ascii"), altchars=b"-_", validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise DecryptionError("encrypted value is not valid url-safe base64") from None
        if len(blob) < 1 + _NONCE_BYTES + _TAG_BYTES:
            raise DecryptionError("encrypted value is too short to hold a nonce and tag")
        if blob[0] != _VERSION:
            raise DecryptionError(f"encrypted value has unknown format version {blob[0]}")
        header, nonce, sealed = blob[:1], blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :]
        try:
            plaintext = self._aead.decrypt(nonce, sealed, header)
        except InvalidTag:
            raise DecryptionError(
                "encrypted value failed authentication: "
                "it was altered or encrypted under another key"
            ) from None
        return plaintext.decode("utf-8")


def encrypted_length(max_chars: int) -> int:
    """Column width needed to store an encrypted value of up to ``max_chars`` characters."""
    max_bytes = 1 + _NONCE_BYTES + 4 * max_chars + _TAG_BYTES  # UTF-8 uses at most 4 bytes/char
    return 4 * -(-max_bytes // 3)


class EncryptedString(TypeDecorator[str]):
    """A string column stored encrypted: encrypts on bind, decrypts on load.

    ``cipher_provider`` is called at use time rather than import time, so the key can come from
    settings loaded after the models are defined. ``length`` is the plaintext length in characters.
    Each write uses a fresh nonce, so SQL equality on this column never matches: filter on a
    blind_index column instead.
    """

    impl = String
    cache_ok = True

    def __init__(self, cipher_provider: Callable[[], FieldCipher], length: int | None = None):
        super().__init__(encrypted_length(length) if length is not None else None)
        self.cipher_provider = cipher_provider
        self.length = length

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.cipher_provider().encrypt(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.cipher_provider().decrypt(value)
