from typing import Literal

PartnerCreateRole = Literal["charity_partner", "data_partner"]

PARTNER_CREATE_ROLE_VALUES: set[PartnerCreateRole] = {
    "charity_partner",
    "data_partner",
}


def check_partner_create_role(value: str) -> PartnerCreateRole:
    if value in PARTNER_CREATE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_CREATE_ROLE_VALUES!r}")
