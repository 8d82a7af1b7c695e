from typing import Literal

RecurrenceEvery = Literal["month", "week"]

RECURRENCE_EVERY_VALUES: set[RecurrenceEvery] = {
    "month",
    "week",
}


def check_recurrence_every(value: str) -> RecurrenceEvery:
    if value in RECURRENCE_EVERY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECURRENCE_EVERY_VALUES!r}")
