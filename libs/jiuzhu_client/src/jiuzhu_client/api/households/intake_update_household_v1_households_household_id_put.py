from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.household_read import HouseholdRead
from ...models.household_update import HouseholdUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    household_id: UUID,
    *,
    body: HouseholdUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/households/{household_id}".format(
            household_id=quote(str(household_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HouseholdRead | Problem | None:
    if response.status_code == 200:
        response_200 = HouseholdRead.from_dict(response.json())

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
) -> Response[HouseholdRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HouseholdUpdate,
) -> Response[HouseholdRead | Problem]:
    """Declare changes (a new version)

    Args:
        household_id (UUID):
        body (HouseholdUpdate): A whole new declaration of the household; it becomes the next
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HouseholdRead | Problem]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HouseholdUpdate,
) -> HouseholdRead | Problem | None:
    """Declare changes (a new version)

    Args:
        household_id (UUID):
        body (HouseholdUpdate): A whole new declaration of the household; it becomes the next
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HouseholdRead | Problem
    """

    return sync_detailed(
        household_id=household_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HouseholdUpdate,
) -> Response[HouseholdRead | Problem]:
    """Declare changes (a new version)

    Args:
        household_id (UUID):
        body (HouseholdUpdate): A whole new declaration of the household; it becomes the next
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HouseholdRead | Problem]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HouseholdUpdate,
) -> HouseholdRead | Problem | None:
    """Declare changes (a new version)

    Args:
        household_id (UUID):
        body (HouseholdUpdate): A whole new declaration of the household; it becomes the next
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HouseholdRead | Problem
    """

    return (
        await asyncio_detailed(
            household_id=household_id,
            client=client,
            body=body,
        )
    ).parsed
