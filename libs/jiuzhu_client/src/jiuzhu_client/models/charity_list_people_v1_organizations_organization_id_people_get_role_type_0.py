from typing import Literal

CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0 = Literal[
    "errand_runner", "group_buy_leader", "social_worker", "staff", "volunteer"
]

CHARITY_LIST_PEOPLE_V1_ORGANIZATIONS_ORGANIZATION_ID_PEOPLE_GET_ROLE_TYPE_0_VALUES: set[
    CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0
] = {
    "errand_runner",
    "group_buy_leader",
    "social_worker",
    "staff",
    "volunteer",
}


def check_charity_list_people_v1_organizations_organization_id_people_get_role_type_0(
    value: str,
) -> CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0:
    if value in CHARITY_LIST_PEOPLE_V1_ORGANIZATIONS_ORGANIZATION_ID_PEOPLE_GET_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARITY_LIST_PEOPLE_V1_ORGANIZATIONS_ORGANIZATION_ID_PEOPLE_GET_ROLE_TYPE_0_VALUES!r}"
    )
