from typing import Literal

ItemAssessmentRating = Literal["fair", "good", "poor", "very_poor"]

ITEM_ASSESSMENT_RATING_VALUES: set[ItemAssessmentRating] = {
    "fair",
    "good",
    "poor",
    "very_poor",
}


def check_item_assessment_rating(value: str) -> ItemAssessmentRating:
    if value in ITEM_ASSESSMENT_RATING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ITEM_ASSESSMENT_RATING_VALUES!r}"
    )
