from typing import Literal

VerificationListWarningsV1WarningsGetStateType0 = Literal[
    "confirmed", "dismissed", "dispatched", "new", "visiting"
]

VERIFICATION_LIST_WARNINGS_V1_WARNINGS_GET_STATE_TYPE_0_VALUES: set[
    VerificationListWarningsV1WarningsGetStateType0
] = {
    "confirmed",
    "dismissed",
    "dispatched",
    "new",
    "visiting",
}


def check_verification_list_warnings_v1_warnings_get_state_type_0(
    value: str,
) -> VerificationListWarningsV1WarningsGetStateType0:
    if value in VERIFICATION_LIST_WARNINGS_V1_WARNINGS_GET_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFICATION_LIST_WARNINGS_V1_WARNINGS_GET_STATE_TYPE_0_VALUES!r}"
    )
