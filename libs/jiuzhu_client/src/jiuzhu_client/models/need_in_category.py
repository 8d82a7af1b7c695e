from typing import Literal

NeedInCategory = Literal[
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

NEED_IN_CATEGORY_VALUES: set[NeedInCategory] = {
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


def check_need_in_category(value: str) -> NeedInCategory:
    if value in NEED_IN_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEED_IN_CATEGORY_VALUES!r}")
