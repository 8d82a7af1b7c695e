from typing import Literal

CharityListOrganizationsV1OrganizationsGetKindType0 = Literal[
    "charity",
    "enterprise",
    "social_organization",
    "social_work_agency",
    "supermarket",
    "volunteer_team",
]

CHARITY_LIST_ORGANIZATIONS_V1_ORGANIZATIONS_GET_KIND_TYPE_0_VALUES: set[
    CharityListOrganizationsV1OrganizationsGetKindType0
] = {
    "charity",
    "enterprise",
    "social_organization",
    "social_work_agency",
    "supermarket",
    "volunteer_team",
}


def check_charity_list_organizations_v1_organizations_get_kind_type_0(
    value: str,
) -> CharityListOrganizationsV1OrganizationsGetKindType0:
    if value in CHARITY_LIST_ORGANIZATIONS_V1_ORGANIZATIONS_GET_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARITY_LIST_ORGANIZATIONS_V1_ORGANIZATIONS_GET_KIND_TYPE_0_VALUES!r}"
    )
