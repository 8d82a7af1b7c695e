from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConclusionCreate")


@_attrs_define
class ConclusionCreate:
    """
    Attributes:
        conclusion (str):
    """

    conclusion: str

    def to_dict(self) -> dict[str, Any]:
        conclusion = self.conclusion

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conclusion": conclusion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conclusion = d.pop("conclusion")

        conclusion_create = cls(
            conclusion=conclusion,
        )

        return conclusion_create
