from typing import Literal

MatchingNeedCategory = Literal[
    "basic_living",
    "care",
    "education",
    "employment",
    "financial_aid",
    "health",
    "nursing",
    "psychological",
    "rehabilitation",
]

MATCHING_NEED_CATEGORY_VALUES: set[MatchingNeedCategory] = {
    "basic_living",
    "care",
    "education",
    "employment",
    "financial_aid",
    "health",
    "nursing",
    "psychological",
    "rehabilitation",
}


def check_matching_need_category(value: str) -> MatchingNeedCategory:
    if value in MATCHING_NEED_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MATCHING_NEED_CATEGORY_VALUES!r}"
    )
