from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charity_list_people_v1_organizations_organization_id_people_get_role_type_0 import (
    CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0,
)
from ...models.person_read import PersonRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    *,
    role: CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, str):
        json_role = role
    else:
        json_role = role
    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{organization_id}/people".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[PersonRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PersonRead.from_dict(response_200_item_data)

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
) -> Response[Problem | list[PersonRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    role: CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset = UNSET,
) -> Response[Problem | list[PersonRead]]:
    """An organization's people

    Args:
        organization_id (UUID):
        role (CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[PersonRead]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    role: CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset = UNSET,
) -> Problem | list[PersonRead] | None:
    """An organization's people

    Args:
        organization_id (UUID):
        role (CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[PersonRead]
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        role=role,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    role: CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset = UNSET,
) -> Response[Problem | list[PersonRead]]:
    """An organization's people

    Args:
        organization_id (UUID):
        role (CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[PersonRead]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    role: CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset = UNSET,
) -> Problem | list[PersonRead] | None:
    """An organization's people

    Args:
        organization_id (UUID):
        role (CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[PersonRead]
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            role=role,
        )
    ).parsed
