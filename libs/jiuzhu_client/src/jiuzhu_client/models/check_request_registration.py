from typing import Literal

CheckRequestRegistration = Literal["rural", "urban"]

CHECK_REQUEST_REGISTRATION_VALUES: set[CheckRequestRegistration] = {
    "rural",
    "urban",
}


def check_check_request_registration(value: str) -> CheckRequestRegistration:
    if value in CHECK_REQUEST_REGISTRATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECK_REQUEST_REGISTRATION_VALUES!r}"
    )
