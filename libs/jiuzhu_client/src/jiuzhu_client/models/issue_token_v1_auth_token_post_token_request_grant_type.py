from typing import Literal

IssueTokenV1AuthTokenPostTokenRequestGrantType = Literal[
    "client_credentials",
    "password",
    "refresh_token",
    "urn:ietf:params:oauth:grant-type:token-exchange",
]

ISSUE_TOKEN_V1_AUTH_TOKEN_POST_TOKEN_REQUEST_GRANT_TYPE_VALUES: set[
    IssueTokenV1AuthTokenPostTokenRequestGrantType
] = {
    "client_credentials",
    "password",
    "refresh_token",
    "urn:ietf:params:oauth:grant-type:token-exchange",
}


def check_issue_token_v1_auth_token_post_token_request_grant_type(
    value: str,
) -> IssueTokenV1AuthTokenPostTokenRequestGrantType:
    if value in ISSUE_TOKEN_V1_AUTH_TOKEN_POST_TOKEN_REQUEST_GRANT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ISSUE_TOKEN_V1_AUTH_TOKEN_POST_TOKEN_REQUEST_GRANT_TYPE_VALUES!r}"
    )
