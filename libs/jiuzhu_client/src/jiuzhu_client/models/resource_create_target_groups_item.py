from typing import Literal

ResourceCreateTargetGroupsItem = Literal[
    "all",
    "child",
    "dibao",
    "disability",
    "elderly",
    "low_income_edge",
    "rigid_expenditure",
    "serious_illness",
    "severe_disability",
    "tekun",
]

RESOURCE_CREATE_TARGET_GROUPS_ITEM_VALUES: set[ResourceCreateTargetGroupsItem] = {
    "all",
    "child",
    "dibao",
    "disability",
    "elderly",
    "low_income_edge",
    "rigid_expenditure",
    "serious_illness",
    "severe_disability",
    "tekun",
}


def check_resource_create_target_groups_item(value: str) -> ResourceCreateTargetGroupsItem:
    if value in RESOURCE_CREATE_TARGET_GROUPS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_CREATE_TARGET_GROUPS_ITEM_VALUES!r}"
    )
