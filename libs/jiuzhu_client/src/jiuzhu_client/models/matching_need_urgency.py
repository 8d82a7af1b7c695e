from typing import Literal

MatchingNeedUrgency = Literal["critical", "high", "low", "normal"]

MATCHING_NEED_URGENCY_VALUES: set[MatchingNeedUrgency] = {
    "critical",
    "high",
    "low",
    "normal",
}


def check_matching_need_urgency(value: str) -> MatchingNeedUrgency:
    if value in MATCHING_NEED_URGENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MATCHING_NEED_URGENCY_VALUES!r}")
