from typing import Literal

MemberFactsSchoolStageType0 = Literal[
    "junior", "postgraduate", "preschool", "primary", "senior", "undergraduate", "vocational"
]

MEMBER_FACTS_SCHOOL_STAGE_TYPE_0_VALUES: set[MemberFactsSchoolStageType0] = {
    "junior",
    "postgraduate",
    "preschool",
    "primary",
    "senior",
    "undergraduate",
    "vocational",
}


def check_member_facts_school_stage_type_0(value: str) -> MemberFactsSchoolStageType0:
    if value in MEMBER_FACTS_SCHOOL_STAGE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_FACTS_SCHOOL_STAGE_TYPE_0_VALUES!r}"
    )
