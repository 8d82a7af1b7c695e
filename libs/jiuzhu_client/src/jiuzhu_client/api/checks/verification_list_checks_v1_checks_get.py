from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_read import CheckRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    application_id: None | Unset | UUID = UNSET,
    household_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_application_id: None | str | Unset
    if isinstance(application_id, Unset):
        json_application_id = UNSET
    elif isinstance(application_id, UUID):
        json_application_id = str(application_id)
    else:
        json_application_id = application_id
    params["application_id"] = json_application_id

    json_household_id: None | str | Unset
    if isinstance(household_id, Unset):
        json_household_id = UNSET
    elif isinstance(household_id, UUID):
        json_household_id = str(household_id)
    else:
        json_household_id = household_id
    params["household_id"] = json_household_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/checks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[CheckRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CheckRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[CheckRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    application_id: None | Unset | UUID = UNSET,
    household_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
) -> Response[Problem | list[CheckRead]]:
    """Checks of an application or a household, newest first

    Args:
        application_id (None | Unset | UUID):
        household_id (None | Unset | UUID):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CheckRead]]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        household_id=household_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    application_id: None | Unset | UUID = UNSET,
    household_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
) -> Problem | list[CheckRead] | None:
    """Checks of an application or a household, newest first

    Args:
        application_id (None | Unset | UUID):
        household_id (None | Unset | UUID):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CheckRead]
    """

    return sync_detailed(
        client=client,
        application_id=application_id,
        household_id=household_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    application_id: None | Unset | UUID = UNSET,
    household_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
) -> Response[Problem | list[CheckRead]]:
    """Checks of an application or a household, newest first

    Args:
        application_id (None | Unset | UUID):
        household_id (None | Unset | UUID):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CheckRead]]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        household_id=household_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    application_id: None | Unset | UUID = UNSET,
    household_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
) -> Problem | list[CheckRead] | None:
    """Checks of an application or a household, newest first

    Args:
        application_id (None | Unset | UUID):
        household_id (None | Unset | UUID):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CheckRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            application_id=application_id,
            household_id=household_id,
            limit=limit,
        )
    ).parsed
