from typing import Literal

AssessmentReadConclusion = Literal["difficulty_confirmed", "needs_follow_up", "no_difficulty"]

ASSESSMENT_READ_CONCLUSION_VALUES: set[AssessmentReadConclusion] = {
    "difficulty_confirmed",
    "needs_follow_up",
    "no_difficulty",
}


def check_assessment_read_conclusion(value: str) -> AssessmentReadConclusion:
    if value in ASSESSMENT_READ_CONCLUSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSESSMENT_READ_CONCLUSION_VALUES!r}"
    )
