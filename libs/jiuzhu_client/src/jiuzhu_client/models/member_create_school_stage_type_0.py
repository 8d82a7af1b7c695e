from typing import Literal

MemberCreateSchoolStageType0 = Literal[
    "junior", "postgraduate", "preschool", "primary", "senior", "undergraduate", "vocational"
]

MEMBER_CREATE_SCHOOL_STAGE_TYPE_0_VALUES: set[MemberCreateSchoolStageType0] = {
    "junior",
    "postgraduate",
    "preschool",
    "primary",
    "senior",
    "undergraduate",
    "vocational",
}


def check_member_create_school_stage_type_0(value: str) -> MemberCreateSchoolStageType0:
    if value in MEMBER_CREATE_SCHOOL_STAGE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_CREATE_SCHOOL_STAGE_TYPE_0_VALUES!r}"
    )
