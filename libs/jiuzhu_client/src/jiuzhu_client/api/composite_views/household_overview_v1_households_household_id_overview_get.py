from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.household_overview import HouseholdOverview
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    household_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/households/{household_id}/overview".format(
            household_id=quote(str(household_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HouseholdOverview | Problem | None:
    if response.status_code == 200:
        response_200 = HouseholdOverview.from_dict(response.json())

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
) -> Response[HouseholdOverview | Problem]:
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
) -> Response[HouseholdOverview | Problem]:
    """Household, application state and timeline, latest check, plan, referrals, warnings

     Parts whose service is down or does not offer them are marked `unavailable`; send `X-Purpose` to
    state why personal data is read (it is audited).

    Args:
        household_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HouseholdOverview | Problem]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HouseholdOverview | Problem | None:
    """Household, application state and timeline, latest check, plan, referrals, warnings

     Parts whose service is down or does not offer them are marked `unavailable`; send `X-Purpose` to
    state why personal data is read (it is audited).

    Args:
        household_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HouseholdOverview | Problem
    """

    return sync_detailed(
        household_id=household_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HouseholdOverview | Problem]:
    """Household, application state and timeline, latest check, plan, referrals, warnings

     Parts whose service is down or does not offer them are marked `unavailable`; send `X-Purpose` to
    state why personal data is read (it is audited).

    Args:
        household_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HouseholdOverview | Problem]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HouseholdOverview | Problem | None:
    """Household, application state and timeline, latest check, plan, referrals, warnings

     Parts whose service is down or does not offer them are marked `unavailable`; send `X-Purpose` to
    state why personal data is read (it is audited).

    Args:
        household_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HouseholdOverview | Problem
    """

    return (
        await asyncio_detailed(
            household_id=household_id,
            client=client,
        )
    ).parsed
