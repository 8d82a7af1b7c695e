from typing import Literal

NeedCategory = Literal[
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

NEED_CATEGORY_VALUES: set[NeedCategory] = {
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


def check_need_category(value: str) -> NeedCategory:
    if value in NEED_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEED_CATEGORY_VALUES!r}")
