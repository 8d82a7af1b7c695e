from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feed_job_read import FeedJobRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: None | str | Unset = UNSET,
    wait: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    else:
        json_format_ = format_
    params["format"] = json_format_

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/data-feeds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedJobRead | Problem | None:
    if response.status_code == 202:
        response_202 = FeedJobRead.from_dict(response.json())

        return response_202

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
) -> Response[FeedJobRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    format_: None | str | Unset = UNSET,
    wait: bool | Unset = False,
) -> Response[FeedJobRead | Problem]:
    """Upload a bulk feed (NDJSON or CSV, gzip accepted) to be ingested as a job

     The body is the feed itself. Each row: source, source_record_id, id_number, kind (income | asset |
    expenditure | life_event), type, amount_yuan, date, period_from, period_to, disability_category,
    disability_grade. With `?wait=true` the answer comes when the job has finished (201); otherwise 202
    and the job's URL to follow.

    Args:
        format_ (None | str | Unset): csv or ndjson
        wait (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedJobRead | Problem]
    """

    kwargs = _get_kwargs(
        format_=format_,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    format_: None | str | Unset = UNSET,
    wait: bool | Unset = False,
) -> FeedJobRead | Problem | None:
    """Upload a bulk feed (NDJSON or CSV, gzip accepted) to be ingested as a job

     The body is the feed itself. Each row: source, source_record_id, id_number, kind (income | asset |
    expenditure | life_event), type, amount_yuan, date, period_from, period_to, disability_category,
    disability_grade. With `?wait=true` the answer comes when the job has finished (201); otherwise 202
    and the job's URL to follow.

    Args:
        format_ (None | str | Unset): csv or ndjson
        wait (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedJobRead | Problem
    """

    return sync_detailed(
        client=client,
        format_=format_,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: None | str | Unset = UNSET,
    wait: bool | Unset = False,
) -> Response[FeedJobRead | Problem]:
    """Upload a bulk feed (NDJSON or CSV, gzip accepted) to be ingested as a job

     The body is the feed itself. Each row: source, source_record_id, id_number, kind (income | asset |
    expenditure | life_event), type, amount_yuan, date, period_from, period_to, disability_category,
    disability_grade. With `?wait=true` the answer comes when the job has finished (201); otherwise 202
    and the job's URL to follow.

    Args:
        format_ (None | str | Unset): csv or ndjson
        wait (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedJobRead | Problem]
    """

    kwargs = _get_kwargs(
        format_=format_,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: None | str | Unset = UNSET,
    wait: bool | Unset = False,
) -> FeedJobRead | Problem | None:
    """Upload a bulk feed (NDJSON or CSV, gzip accepted) to be ingested as a job

     The body is the feed itself. Each row: source, source_record_id, id_number, kind (income | asset |
    expenditure | life_event), type, amount_yuan, date, period_from, period_to, disability_category,
    disability_grade. With `?wait=true` the answer comes when the job has finished (201); otherwise 202
    and the job's URL to follow.

    Args:
        format_ (None | str | Unset): csv or ndjson
        wait (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedJobRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
            wait=wait,
        )
    ).parsed
