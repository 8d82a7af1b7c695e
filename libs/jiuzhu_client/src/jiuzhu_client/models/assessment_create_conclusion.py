from typing import Literal

AssessmentCreateConclusion = Literal["difficulty_confirmed", "needs_follow_up", "no_difficulty"]

ASSESSMENT_CREATE_CONCLUSION_VALUES: set[AssessmentCreateConclusion] = {
    "difficulty_confirmed",
    "needs_follow_up",
    "no_difficulty",
}


def check_assessment_create_conclusion(value: str) -> AssessmentCreateConclusion:
    if value in ASSESSMENT_CREATE_CONCLUSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSESSMENT_CREATE_CONCLUSION_VALUES!r}"
    )
