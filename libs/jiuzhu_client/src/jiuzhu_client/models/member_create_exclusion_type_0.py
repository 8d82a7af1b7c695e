from typing import Literal

MemberCreateExclusionType0 = Literal["clergy_away_3y", "compulsory_rehab", "missing", "prison"]

MEMBER_CREATE_EXCLUSION_TYPE_0_VALUES: set[MemberCreateExclusionType0] = {
    "clergy_away_3y",
    "compulsory_rehab",
    "missing",
    "prison",
}


def check_member_create_exclusion_type_0(value: str) -> MemberCreateExclusionType0:
    if value in MEMBER_CREATE_EXCLUSION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_CREATE_EXCLUSION_TYPE_0_VALUES!r}"
    )
