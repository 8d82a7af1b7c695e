from typing import Literal

MemberCreateSexType0 = Literal["female", "male"]

MEMBER_CREATE_SEX_TYPE_0_VALUES: set[MemberCreateSexType0] = {
    "female",
    "male",
}


def check_member_create_sex_type_0(value: str) -> MemberCreateSexType0:
    if value in MEMBER_CREATE_SEX_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_CREATE_SEX_TYPE_0_VALUES!r}"
    )
