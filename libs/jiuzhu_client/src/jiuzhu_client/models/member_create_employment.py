from typing import Literal

MemberCreateEmployment = Literal[
    "employed", "farming", "none", "retired", "self_employed", "student", "unemployed"
]

MEMBER_CREATE_EMPLOYMENT_VALUES: set[MemberCreateEmployment] = {
    "employed",
    "farming",
    "none",
    "retired",
    "self_employed",
    "student",
    "unemployed",
}


def check_member_create_employment(value: str) -> MemberCreateEmployment:
    if value in MEMBER_CREATE_EMPLOYMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_CREATE_EMPLOYMENT_VALUES!r}"
    )
