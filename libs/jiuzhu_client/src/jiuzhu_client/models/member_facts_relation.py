from typing import Literal

MemberFactsRelation = Literal[
    "child", "grandchild", "grandparent", "head", "other_relative", "parent", "sibling", "spouse"
]

MEMBER_FACTS_RELATION_VALUES: set[MemberFactsRelation] = {
    "child",
    "grandchild",
    "grandparent",
    "head",
    "other_relative",
    "parent",
    "sibling",
    "spouse",
}


def check_member_facts_relation(value: str) -> MemberFactsRelation:
    if value in MEMBER_FACTS_RELATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_FACTS_RELATION_VALUES!r}")
