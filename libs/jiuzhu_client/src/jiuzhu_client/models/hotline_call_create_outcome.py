from typing import Literal

HotlineCallCreateOutcome = Literal["advised", "emergency", "follow_up", "referred"]

HOTLINE_CALL_CREATE_OUTCOME_VALUES: set[HotlineCallCreateOutcome] = {
    "advised",
    "emergency",
    "follow_up",
    "referred",
}


def check_hotline_call_create_outcome(value: str) -> HotlineCallCreateOutcome:
    if value in HOTLINE_CALL_CREATE_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOTLINE_CALL_CREATE_OUTCOME_VALUES!r}"
    )
