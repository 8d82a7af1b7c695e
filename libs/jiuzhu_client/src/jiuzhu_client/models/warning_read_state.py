from typing import Literal

WarningReadState = Literal["confirmed", "dismissed", "dispatched", "new", "visiting"]

WARNING_READ_STATE_VALUES: set[WarningReadState] = {
    "confirmed",
    "dismissed",
    "dispatched",
    "new",
    "visiting",
}


def check_warning_read_state(value: str) -> WarningReadState:
    if value in WARNING_READ_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WARNING_READ_STATE_VALUES!r}")
