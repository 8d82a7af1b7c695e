from typing import Literal

WarningTransitionTo = Literal["confirmed", "dismissed", "dispatched", "new", "visiting"]

WARNING_TRANSITION_TO_VALUES: set[WarningTransitionTo] = {
    "confirmed",
    "dismissed",
    "dispatched",
    "new",
    "visiting",
}


def check_warning_transition_to(value: str) -> WarningTransitionTo:
    if value in WARNING_TRANSITION_TO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WARNING_TRANSITION_TO_VALUES!r}")
