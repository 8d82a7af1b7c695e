from typing import Literal

NeedUrgency = Literal["critical", "high", "low", "normal"]

NEED_URGENCY_VALUES: set[NeedUrgency] = {
    "critical",
    "high",
    "low",
    "normal",
}


def check_need_urgency(value: str) -> NeedUrgency:
    if value in NEED_URGENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEED_URGENCY_VALUES!r}")
