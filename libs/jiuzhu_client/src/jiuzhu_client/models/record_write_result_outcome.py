from typing import Literal

RecordWriteResultOutcome = Literal["created", "superseded", "unchanged"]

RECORD_WRITE_RESULT_OUTCOME_VALUES: set[RecordWriteResultOutcome] = {
    "created",
    "superseded",
    "unchanged",
}


def check_record_write_result_outcome(value: str) -> RecordWriteResultOutcome:
    if value in RECORD_WRITE_RESULT_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECORD_WRITE_RESULT_OUTCOME_VALUES!r}"
    )
