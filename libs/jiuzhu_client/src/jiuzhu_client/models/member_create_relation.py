from typing import Literal

MemberCreateRelation = Literal[
    "child", "grandchild", "grandparent", "head", "other_relative", "parent", "sibling", "spouse"
]

MEMBER_CREATE_RELATION_VALUES: set[MemberCreateRelation] = {
    "child",
    "grandchild",
    "grandparent",
    "head",
    "other_relative",
    "parent",
    "sibling",
    "spouse",
}


def check_member_create_relation(value: str) -> MemberCreateRelation:
    if value in MEMBER_CREATE_RELATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_CREATE_RELATION_VALUES!r}"
    )
