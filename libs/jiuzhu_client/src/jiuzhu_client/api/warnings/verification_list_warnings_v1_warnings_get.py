from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.verification_list_warnings_v1_warnings_get_state_type_0 import (
    VerificationListWarningsV1WarningsGetStateType0,
)
from ...models.warning_read import WarningRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: None | Unset | VerificationListWarningsV1WarningsGetStateType0 = UNSET,
    severity: None | str | Unset = UNSET,
    overdue: bool | Unset = False,
    escalated: bool | None | Unset = UNSET,
    after_id: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, str):
        json_state = state
    else:
        json_state = state
    params["state"] = json_state

    json_severity: None | str | Unset
    if isinstance(severity, Unset):
        json_severity = UNSET
    else:
        json_severity = severity
    params["severity"] = json_severity

    params["overdue"] = overdue

    json_escalated: bool | None | Unset
    if isinstance(escalated, Unset):
        json_escalated = UNSET
    else:
        json_escalated = escalated
    params["escalated"] = json_escalated

    params["after_id"] = after_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/warnings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[WarningRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WarningRead.from_dict(response_200_item_data)

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
) -> Response[Problem | list[WarningRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: None | Unset | VerificationListWarningsV1WarningsGetStateType0 = UNSET,
    severity: None | str | Unset = UNSET,
    overdue: bool | Unset = False,
    escalated: bool | None | Unset = UNSET,
    after_id: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[Problem | list[WarningRead]]:
    """Warnings of the towns in your region

    Args:
        state (None | Unset | VerificationListWarningsV1WarningsGetStateType0):
        severity (None | str | Unset):
        overdue (bool | Unset):  Default: False.
        escalated (bool | None | Unset):
        after_id (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[WarningRead]]
    """

    kwargs = _get_kwargs(
        state=state,
        severity=severity,
        overdue=overdue,
        escalated=escalated,
        after_id=after_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    state: None | Unset | VerificationListWarningsV1WarningsGetStateType0 = UNSET,
    severity: None | str | Unset = UNSET,
    overdue: bool | Unset = False,
    escalated: bool | None | Unset = UNSET,
    after_id: int | Unset = 0,
    limit: int | Unset = 100,
) -> Problem | list[WarningRead] | None:
    """Warnings of the towns in your region

    Args:
        state (None | Unset | VerificationListWarningsV1WarningsGetStateType0):
        severity (None | str | Unset):
        overdue (bool | Unset):  Default: False.
        escalated (bool | None | Unset):
        after_id (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[WarningRead]
    """

    return sync_detailed(
        client=client,
        state=state,
        severity=severity,
        overdue=overdue,
        escalated=escalated,
        after_id=after_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: None | Unset | VerificationListWarningsV1WarningsGetStateType0 = UNSET,
    severity: None | str | Unset = UNSET,
    overdue: bool | Unset = False,
    escalated: bool | None | Unset = UNSET,
    after_id: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[Problem | list[WarningRead]]:
    """Warnings of the towns in your region

    Args:
        state (None | Unset | VerificationListWarningsV1WarningsGetStateType0):
        severity (None | str | Unset):
        overdue (bool | Unset):  Default: False.
        escalated (bool | None | Unset):
        after_id (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[WarningRead]]
    """

    kwargs = _get_kwargs(
        state=state,
        severity=severity,
        overdue=overdue,
        escalated=escalated,
        after_id=after_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    state: None | Unset | VerificationListWarningsV1WarningsGetStateType0 = UNSET,
    severity: None | str | Unset = UNSET,
    overdue: bool | Unset = False,
    escalated: bool | None | Unset = UNSET,
    after_id: int | Unset = 0,
    limit: int | Unset = 100,
) -> Problem | list[WarningRead] | None:
    """Warnings of the towns in your region

    Args:
        state (None | Unset | VerificationListWarningsV1WarningsGetStateType0):
        severity (None | str | Unset):
        overdue (bool | Unset):  Default: False.
        escalated (bool | None | Unset):
        after_id (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[WarningRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            severity=severity,
            overdue=overdue,
            escalated=escalated,
            after_id=after_id,
            limit=limit,
        )
    ).parsed
