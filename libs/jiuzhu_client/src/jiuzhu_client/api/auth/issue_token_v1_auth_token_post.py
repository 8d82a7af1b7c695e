from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.issue_token_v1_auth_token_post_token_request import (
    IssueTokenV1AuthTokenPostTokenRequest,
)
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: IssueTokenV1AuthTokenPostTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenV1AuthTokenPostTokenRequest,
) -> Response[TokenResponse]:
    """OAuth2 token endpoint: client_credentials, password, refresh_token, token exchange

    Args:
        body (IssueTokenV1AuthTokenPostTokenRequest): Form fields of `POST /v1/auth/token` (a JSON
            body with the same fields is accepted too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenV1AuthTokenPostTokenRequest,
) -> TokenResponse | None:
    """OAuth2 token endpoint: client_credentials, password, refresh_token, token exchange

    Args:
        body (IssueTokenV1AuthTokenPostTokenRequest): Form fields of `POST /v1/auth/token` (a JSON
            body with the same fields is accepted too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenV1AuthTokenPostTokenRequest,
) -> Response[TokenResponse]:
    """OAuth2 token endpoint: client_credentials, password, refresh_token, token exchange

    Args:
        body (IssueTokenV1AuthTokenPostTokenRequest): Form fields of `POST /v1/auth/token` (a JSON
            body with the same fields is accepted too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenV1AuthTokenPostTokenRequest,
) -> TokenResponse | None:
    """OAuth2 token endpoint: client_credentials, password, refresh_token, token exchange

    Args:
        body (IssueTokenV1AuthTokenPostTokenRequest): Form fields of `POST /v1/auth/token` (a JSON
            body with the same fields is accepted too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
