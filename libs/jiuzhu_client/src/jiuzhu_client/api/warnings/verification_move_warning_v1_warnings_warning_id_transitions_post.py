from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.warning_read import WarningRead
from ...models.warning_transition import WarningTransition
from ...types import Response


def _get_kwargs(
    warning_id: int,
    *,
    body: WarningTransition,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/warnings/{warning_id}/transitions".format(
            warning_id=quote(str(warning_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WarningRead | None:
    if response.status_code == 200:
        response_200 = WarningRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Problem.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | WarningRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    warning_id: int,
    *,
    client: AuthenticatedClient,
    body: WarningTransition,
) -> Response[Problem | WarningRead]:
    """Move a warning: dispatched, visiting, confirmed, or dismissed with a reason

     A move not allowed from the current state is a 409 naming the allowed ones.

    Args:
        warning_id (int):
        body (WarningTransition): Move a warning on: new → dispatched → visiting → confirmed |
            dismissed (with a reason).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WarningRead]
    """

    kwargs = _get_kwargs(
        warning_id=warning_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    warning_id: int,
    *,
    client: AuthenticatedClient,
    body: WarningTransition,
) -> Problem | WarningRead | None:
    """Move a warning: dispatched, visiting, confirmed, or dismissed with a reason

     A move not allowed from the current state is a 409 naming the allowed ones.

    Args:
        warning_id (int):
        body (WarningTransition): Move a warning on: new → dispatched → visiting → confirmed |
            dismissed (with a reason).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WarningRead
    """

    return sync_detailed(
        warning_id=warning_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    warning_id: int,
    *,
    client: AuthenticatedClient,
    body: WarningTransition,
) -> Response[Problem | WarningRead]:
    """Move a warning: dispatched, visiting, confirmed, or dismissed with a reason

     A move not allowed from the current state is a 409 naming the allowed ones.

    Args:
        warning_id (int):
        body (WarningTransition): Move a warning on: new → dispatched → visiting → confirmed |
            dismissed (with a reason).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WarningRead]
    """

    kwargs = _get_kwargs(
        warning_id=warning_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    warning_id: int,
    *,
    client: AuthenticatedClient,
    body: WarningTransition,
) -> Problem | WarningRead | None:
    """Move a warning: dispatched, visiting, confirmed, or dismissed with a reason

     A move not allowed from the current state is a 409 naming the allowed ones.

    Args:
        warning_id (int):
        body (WarningTransition): Move a warning on: new → dispatched → visiting → confirmed |
            dismissed (with a reason).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WarningRead
    """

    return (
        await asyncio_detailed(
            warning_id=warning_id,
            client=client,
            body=body,
        )
    ).parsed
