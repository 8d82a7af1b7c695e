from typing import Literal

HouseholdRegisterCircleType0 = Literal[1, 2, 3]

HOUSEHOLD_REGISTER_CIRCLE_TYPE_0_VALUES: set[HouseholdRegisterCircleType0] = {
    1,
    2,
    3,
}


def check_household_register_circle_type_0(value: int) -> HouseholdRegisterCircleType0:
    if value in HOUSEHOLD_REGISTER_CIRCLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOUSEHOLD_REGISTER_CIRCLE_TYPE_0_VALUES!r}"
    )
