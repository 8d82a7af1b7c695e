from typing import Literal

CharityListResourcesV1ResourcesGetKindType0 = Literal[
    "goods", "hotline", "project", "service", "volunteer_offer"
]

CHARITY_LIST_RESOURCES_V1_RESOURCES_GET_KIND_TYPE_0_VALUES: set[
    CharityListResourcesV1ResourcesGetKindType0
] = {
    "goods",
    "hotline",
    "project",
    "service",
    "volunteer_offer",
}


def check_charity_list_resources_v1_resources_get_kind_type_0(
    value: str,
) -> CharityListResourcesV1ResourcesGetKindType0:
    if value in CHARITY_LIST_RESOURCES_V1_RESOURCES_GET_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARITY_LIST_RESOURCES_V1_RESOURCES_GET_KIND_TYPE_0_VALUES!r}"
    )
