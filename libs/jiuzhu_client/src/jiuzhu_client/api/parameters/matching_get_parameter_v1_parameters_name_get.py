import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.matching_parameter_read import MatchingParameterRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    version: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/parameters/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MatchingParameterRead | Problem | None:
    if response.status_code == 200:
        response_200 = MatchingParameterRead.from_dict(response.json())

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
) -> Response[MatchingParameterRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Response[MatchingParameterRead | Problem]:
    """One parameter

    Args:
        name (str):
        version (int | None | Unset): Catalog version; the newest if omitted
        region (None | str | Unset): Region code
        on (datetime.date | None | Unset): Date the value must be in force on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchingParameterRead | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        version=version,
        region=region,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> MatchingParameterRead | Problem | None:
    """One parameter

    Args:
        name (str):
        version (int | None | Unset): Catalog version; the newest if omitted
        region (None | str | Unset): Region code
        on (datetime.date | None | Unset): Date the value must be in force on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchingParameterRead | Problem
    """

    return sync_detailed(
        name=name,
        client=client,
        version=version,
        region=region,
        on=on,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Response[MatchingParameterRead | Problem]:
    """One parameter

    Args:
        name (str):
        version (int | None | Unset): Catalog version; the newest if omitted
        region (None | str | Unset): Region code
        on (datetime.date | None | Unset): Date the value must be in force on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchingParameterRead | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        version=version,
        region=region,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> MatchingParameterRead | Problem | None:
    """One parameter

    Args:
        name (str):
        version (int | None | Unset): Catalog version; the newest if omitted
        region (None | str | Unset): Region code
        on (datetime.date | None | Unset): Date the value must be in force on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchingParameterRead | Problem
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            version=version,
            region=region,
            on=on,
        )
    ).parsed
