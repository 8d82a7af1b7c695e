from typing import Literal

OrganizationCreateKind = Literal[
    "charity",
    "enterprise",
    "social_organization",
    "social_work_agency",
    "supermarket",
    "volunteer_team",
]

ORGANIZATION_CREATE_KIND_VALUES: set[OrganizationCreateKind] = {
    "charity",
    "enterprise",
    "social_organization",
    "social_work_agency",
    "supermarket",
    "volunteer_team",
}


def check_organization_create_kind(value: str) -> OrganizationCreateKind:
    if value in ORGANIZATION_CREATE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_CREATE_KIND_VALUES!r}"
    )
