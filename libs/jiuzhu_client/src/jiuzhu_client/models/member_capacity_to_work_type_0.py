from typing import Literal

MemberCapacityToWorkType0 = Literal["full", "none", "partial"]

MEMBER_CAPACITY_TO_WORK_TYPE_0_VALUES: set[MemberCapacityToWorkType0] = {
    "full",
    "none",
    "partial",
}


def check_member_capacity_to_work_type_0(value: str) -> MemberCapacityToWorkType0:
    if value in MEMBER_CAPACITY_TO_WORK_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_CAPACITY_TO_WORK_TYPE_0_VALUES!r}"
    )
