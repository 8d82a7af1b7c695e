from typing import Literal

MemberFactsSex = Literal["female", "male"]

MEMBER_FACTS_SEX_VALUES: set[MemberFactsSex] = {
    "female",
    "male",
}


def check_member_facts_sex(value: str) -> MemberFactsSex:
    if value in MEMBER_FACTS_SEX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_FACTS_SEX_VALUES!r}")
