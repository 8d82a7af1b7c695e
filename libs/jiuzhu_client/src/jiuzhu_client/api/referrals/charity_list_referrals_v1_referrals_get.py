from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charity_list_referrals_v1_referrals_get_status_type_0 import (
    CharityListReferralsV1ReferralsGetStatusType0,
)
from ...models.problem import Problem
from ...models.referral_page import ReferralPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    household_id: None | Unset | UUID = UNSET,
    status: CharityListReferralsV1ReferralsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_household_id: None | str | Unset
    if isinstance(household_id, Unset):
        json_household_id = UNSET
    elif isinstance(household_id, UUID):
        json_household_id = str(household_id)
    else:
        json_household_id = household_id
    params["household_id"] = json_household_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/referrals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReferralPage | None:
    if response.status_code == 200:
        response_200 = ReferralPage.from_dict(response.json())

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
) -> Response[Problem | ReferralPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    household_id: None | Unset | UUID = UNSET,
    status: CharityListReferralsV1ReferralsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[Problem | ReferralPage]:
    """Referrals in scope

    Args:
        household_id (None | Unset | UUID):
        status (CharityListReferralsV1ReferralsGetStatusType0 | None | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReferralPage]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
        status=status,
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
    household_id: None | Unset | UUID = UNSET,
    status: CharityListReferralsV1ReferralsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Problem | ReferralPage | None:
    """Referrals in scope

    Args:
        household_id (None | Unset | UUID):
        status (CharityListReferralsV1ReferralsGetStatusType0 | None | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReferralPage
    """

    return sync_detailed(
        client=client,
        household_id=household_id,
        status=status,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    household_id: None | Unset | UUID = UNSET,
    status: CharityListReferralsV1ReferralsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[Problem | ReferralPage]:
    """Referrals in scope

    Args:
        household_id (None | Unset | UUID):
        status (CharityListReferralsV1ReferralsGetStatusType0 | None | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReferralPage]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
        status=status,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    household_id: None | Unset | UUID = UNSET,
    status: CharityListReferralsV1ReferralsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Problem | ReferralPage | None:
    """Referrals in scope

    Args:
        household_id (None | Unset | UUID):
        status (CharityListReferralsV1ReferralsGetStatusType0 | None | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReferralPage
    """

    return (
        await asyncio_detailed(
            client=client,
            household_id=household_id,
            status=status,
            limit=limit,
            offset=offset,
        )
    ).parsed
