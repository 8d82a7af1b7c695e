from typing import Literal

ResourceCreateCategory = Literal[
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

RESOURCE_CREATE_CATEGORY_VALUES: set[ResourceCreateCategory] = {
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


def check_resource_create_category(value: str) -> ResourceCreateCategory:
    if value in RESOURCE_CREATE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_CREATE_CATEGORY_VALUES!r}"
    )
