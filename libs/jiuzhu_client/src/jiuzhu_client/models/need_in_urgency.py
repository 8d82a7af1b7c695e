from typing import Literal

NeedInUrgency = Literal["critical", "high", "low", "normal"]

NEED_IN_URGENCY_VALUES: set[NeedInUrgency] = {
    "critical",
    "high",
    "low",
    "normal",
}


def check_need_in_urgency(value: str) -> NeedInUrgency:
    if value in NEED_IN_URGENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEED_IN_URGENCY_VALUES!r}")
