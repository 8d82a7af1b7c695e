from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charity_list_resources_v1_resources_get_category_type_0 import (
    CharityListResourcesV1ResourcesGetCategoryType0,
)
from ...models.charity_list_resources_v1_resources_get_kind_type_0 import (
    CharityListResourcesV1ResourcesGetKindType0,
)
from ...models.problem import Problem
from ...models.resource_page import ResourcePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset = UNSET,
    kind: CharityListResourcesV1ResourcesGetKindType0 | None | Unset = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, str):
        json_category = category
    else:
        json_category = category
    params["category"] = json_category

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_organization_id: None | str | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    elif isinstance(organization_id, UUID):
        json_organization_id = str(organization_id)
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/resources",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResourcePage | None:
    if response.status_code == 200:
        response_200 = ResourcePage.from_dict(response.json())

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
) -> Response[Problem | ResourcePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    category: CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset = UNSET,
    kind: CharityListResourcesV1ResourcesGetKindType0 | None | Unset = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[Problem | ResourcePage]:
    """The resource pool (救助资源库)

    Args:
        category (CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset):
        kind (CharityListResourcesV1ResourcesGetKindType0 | None | Unset):
        organization_id (None | Unset | UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResourcePage]
    """

    kwargs = _get_kwargs(
        category=category,
        kind=kind,
        organization_id=organization_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    category: CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset = UNSET,
    kind: CharityListResourcesV1ResourcesGetKindType0 | None | Unset = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Problem | ResourcePage | None:
    """The resource pool (救助资源库)

    Args:
        category (CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset):
        kind (CharityListResourcesV1ResourcesGetKindType0 | None | Unset):
        organization_id (None | Unset | UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResourcePage
    """

    return sync_detailed(
        client=client,
        category=category,
        kind=kind,
        organization_id=organization_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset = UNSET,
    kind: CharityListResourcesV1ResourcesGetKindType0 | None | Unset = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[Problem | ResourcePage]:
    """The resource pool (救助资源库)

    Args:
        category (CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset):
        kind (CharityListResourcesV1ResourcesGetKindType0 | None | Unset):
        organization_id (None | Unset | UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResourcePage]
    """

    kwargs = _get_kwargs(
        category=category,
        kind=kind,
        organization_id=organization_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    category: CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset = UNSET,
    kind: CharityListResourcesV1ResourcesGetKindType0 | None | Unset = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Problem | ResourcePage | None:
    """The resource pool (救助资源库)

    Args:
        category (CharityListResourcesV1ResourcesGetCategoryType0 | None | Unset):
        kind (CharityListResourcesV1ResourcesGetKindType0 | None | Unset):
        organization_id (None | Unset | UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResourcePage
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            kind=kind,
            organization_id=organization_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
