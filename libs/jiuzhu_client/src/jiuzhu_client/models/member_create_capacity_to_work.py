from typing import Literal

MemberCreateCapacityToWork = Literal["full", "none", "partial"]

MEMBER_CREATE_CAPACITY_TO_WORK_VALUES: set[MemberCreateCapacityToWork] = {
    "full",
    "none",
    "partial",
}


def check_member_create_capacity_to_work(value: str) -> MemberCreateCapacityToWork:
    if value in MEMBER_CREATE_CAPACITY_TO_WORK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_CREATE_CAPACITY_TO_WORK_VALUES!r}"
    )
