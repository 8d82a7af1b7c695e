"""`POST /v1/auth/token` (OAuth2) and `GET /.well-known/jwks.json` (the keys services verify with)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from gateway.db import SessionDep
from gateway.limits.guard import rate_limited
from gateway.tokens import service
from gateway.tokens.keys import published_jwks
from gateway.tokens.schemas import TokenRequest, TokenResponse
from jiuzhu_kit.errors import BadRequest, InvalidInput, problem_response

router = APIRouter(tags=["auth"])

TOKEN_PATH = "/v1/auth/token"
_FORM = "application/x-www-form-urlencoded"


async def _token_request(request: Request) -> TokenRequest:
    raw = await request.body()
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    fields: Any
    if ctype == _FORM:
        fields = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    elif ctype == "application/json":
        try:
            fields = json.loads(raw or b"{}")
        except ValueError as exc:
            raise BadRequest(f"The request body is not valid JSON: {exc}") from exc
    else:
        raise BadRequest(f"Send the token request as {_FORM} (RFC 6749 §4), got {ctype!r}")
    try:
        return TokenRequest.model_validate(fields)
    except ValidationError as exc:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"]) or "body", "message": e["msg"]}
            for e in exc.errors()
        ]
        raise InvalidInput(
            "The token request is invalid: "
            + "; ".join(f"{e['field']}: {e['message']}" for e in errors),
            errors=errors,
        ) from exc


@router.post(
    TOKEN_PATH,
    response_model=TokenResponse,
    summary="OAuth2 token endpoint: client_credentials, password, refresh_token, token exchange",
    dependencies=[Depends(rate_limited)],
    openapi_extra={
        "requestBody": {
            "content": {_FORM: {"schema": TokenRequest.model_json_schema()}},
            "required": True,
        }
    },
)
async def issue_token(request: Request, session: SessionDep) -> Any:
    token_request = await _token_request(request)
    outcome = await service.grant(
        session,
        request=token_request,
        settings=request.app.state.settings,
        external=request.app.state.external_verifier,
    )
    if isinstance(outcome, service.GrantRefused):
        # Returned, not raised: the session commits, so a wrong password is counted.
        return problem_response(
            status=outcome.status,
            detail=outcome.detail,
            instance=request.url.path,
            type_slug=outcome.error.replace("_", "-"),
            headers={**outcome.headers, "Cache-Control": "no-store"},
            extra={"error": outcome.error, "error_description": outcome.detail},
        )
    return JSONResponse(
        outcome.model_dump(exclude_none=True), headers={"Cache-Control": "no-store"}
    )


@router.get(
    "/.well-known/jwks.json", summary="The public keys the gateway signs tokens with (JWKS)"
)
async def jwks(request: Request) -> JSONResponse:
    return JSONResponse(
        published_jwks(request.app.state.settings), headers={"Cache-Control": "max-age=300"}
    )
