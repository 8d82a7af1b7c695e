"""The OAuth2 token request (RFC 6749 §4.3, §4.4, §6; RFC 8693) and response."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
GrantType = Literal[
    "client_credentials",
    "password",
    "refresh_token",
    "urn:ietf:params:oauth:grant-type:token-exchange",
]


class TokenRequest(BaseModel):
    """Form fields of `POST /v1/auth/token` (a JSON body with the same fields is accepted too)."""

    grant_type: GrantType
    username: str | None = Field(default=None, max_length=120)
    password: str | None = Field(default=None, max_length=200)
    client_id: str | None = Field(default=None, max_length=120)
    client_secret: str | None = Field(default=None, max_length=200)
    refresh_token: str | None = Field(default=None, max_length=200)
    subject_token: str | None = Field(default=None, max_length=8000)
    # Space-separated roles to narrow the token to (least privilege); absent = all held roles.
    scope: str | None = Field(default=None, max_length=300)


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int
    scope: str
    refresh_token: str | None = None
