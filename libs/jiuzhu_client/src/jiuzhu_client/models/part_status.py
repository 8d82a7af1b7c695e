from typing import Literal

PartStatus = Literal["empty", "forbidden", "ok", "unavailable"]

PART_STATUS_VALUES: set[PartStatus] = {
    "empty",
    "forbidden",
    "ok",
    "unavailable",
}


def check_part_status(value: str) -> PartStatus:
    if value in PART_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PART_STATUS_VALUES!r}")
