from typing import Literal

OccurrenceOutcomeOutcome = Literal["delivered", "missed"]

OCCURRENCE_OUTCOME_OUTCOME_VALUES: set[OccurrenceOutcomeOutcome] = {
    "delivered",
    "missed",
}


def check_occurrence_outcome_outcome(value: str) -> OccurrenceOutcomeOutcome:
    if value in OCCURRENCE_OUTCOME_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OCCURRENCE_OUTCOME_OUTCOME_VALUES!r}"
    )
