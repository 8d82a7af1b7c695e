from typing import Literal

CharityListResourcesV1ResourcesGetCategoryType0 = Literal[
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

CHARITY_LIST_RESOURCES_V1_RESOURCES_GET_CATEGORY_TYPE_0_VALUES: set[
    CharityListResourcesV1ResourcesGetCategoryType0
] = {
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


def check_charity_list_resources_v1_resources_get_category_type_0(
    value: str,
) -> CharityListResourcesV1ResourcesGetCategoryType0:
    if value in CHARITY_LIST_RESOURCES_V1_RESOURCES_GET_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARITY_LIST_RESOURCES_V1_RESOURCES_GET_CATEGORY_TYPE_0_VALUES!r}"
    )
