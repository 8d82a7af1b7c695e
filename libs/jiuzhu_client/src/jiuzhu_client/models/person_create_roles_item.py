from typing import Literal

PersonCreateRolesItem = Literal["admin", "applicant", "auditor", "caseworker", "reviewer"]

PERSON_CREATE_ROLES_ITEM_VALUES: set[PersonCreateRolesItem] = {
    "admin",
    "applicant",
    "auditor",
    "caseworker",
    "reviewer",
}


def check_person_create_roles_item(value: str) -> PersonCreateRolesItem:
    if value in PERSON_CREATE_ROLES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERSON_CREATE_ROLES_ITEM_VALUES!r}"
    )
