from typing import Literal

HouseholdUpdateRegistration = Literal["rural", "urban"]

HOUSEHOLD_UPDATE_REGISTRATION_VALUES: set[HouseholdUpdateRegistration] = {
    "rural",
    "urban",
}


def check_household_update_registration(value: str) -> HouseholdUpdateRegistration:
    if value in HOUSEHOLD_UPDATE_REGISTRATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOUSEHOLD_UPDATE_REGISTRATION_VALUES!r}"
    )
