from typing import Literal

MemberFactsCapacityToWork = Literal["full", "none", "partial"]

MEMBER_FACTS_CAPACITY_TO_WORK_VALUES: set[MemberFactsCapacityToWork] = {
    "full",
    "none",
    "partial",
}


def check_member_facts_capacity_to_work(value: str) -> MemberFactsCapacityToWork:
    if value in MEMBER_FACTS_CAPACITY_TO_WORK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_FACTS_CAPACITY_TO_WORK_VALUES!r}"
    )
