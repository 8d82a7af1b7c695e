from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.identity_read import IdentityRead
from ...models.password_change import PasswordChange
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    identity_id: UUID,
    *,
    body: PasswordChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/identities/{identity_id}/password".format(
            identity_id=quote(str(identity_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdentityRead | Problem | None:
    if response.status_code == 200:
        response_200 = IdentityRead.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdentityRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identity_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> Response[IdentityRead | Problem]:
    """Set a person's password (their own, or any as admin; also unlocks the account)

    Args:
        identity_id (UUID):
        body (PasswordChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityRead | Problem]
    """

    kwargs = _get_kwargs(
        identity_id=identity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identity_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> IdentityRead | Problem | None:
    """Set a person's password (their own, or any as admin; also unlocks the account)

    Args:
        identity_id (UUID):
        body (PasswordChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityRead | Problem
    """

    return sync_detailed(
        identity_id=identity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identity_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> Response[IdentityRead | Problem]:
    """Set a person's password (their own, or any as admin; also unlocks the account)

    Args:
        identity_id (UUID):
        body (PasswordChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityRead | Problem]
    """

    kwargs = _get_kwargs(
        identity_id=identity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identity_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> IdentityRead | Problem | None:
    """Set a person's password (their own, or any as admin; also unlocks the account)

    Args:
        identity_id (UUID):
        body (PasswordChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityRead | Problem
    """

    return (
        await asyncio_detailed(
            identity_id=identity_id,
            client=client,
            body=body,
        )
    ).parsed
