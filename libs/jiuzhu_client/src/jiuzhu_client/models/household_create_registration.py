from typing import Literal

HouseholdCreateRegistration = Literal["rural", "urban"]

HOUSEHOLD_CREATE_REGISTRATION_VALUES: set[HouseholdCreateRegistration] = {
    "rural",
    "urban",
}


def check_household_create_registration(value: str) -> HouseholdCreateRegistration:
    if value in HOUSEHOLD_CREATE_REGISTRATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOUSEHOLD_CREATE_REGISTRATION_VALUES!r}"
    )
