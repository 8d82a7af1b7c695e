from typing import Literal

MemberFactsEmployment = Literal[
    "employed", "farming", "none", "retired", "self_employed", "student", "unemployed"
]

MEMBER_FACTS_EMPLOYMENT_VALUES: set[MemberFactsEmployment] = {
    "employed",
    "farming",
    "none",
    "retired",
    "self_employed",
    "student",
    "unemployed",
}


def check_member_facts_employment(value: str) -> MemberFactsEmployment:
    if value in MEMBER_FACTS_EMPLOYMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_FACTS_EMPLOYMENT_VALUES!r}"
    )
