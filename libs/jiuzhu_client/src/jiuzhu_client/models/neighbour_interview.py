from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NeighbourInterview")


@_attrs_define
class NeighbourInterview:
    """A neighbour or village cadre interviewed (邻里走访).

    Attributes:
        interviewee (str):
        relation (str):
        summary (str):
    """

    interviewee: str
    relation: str
    summary: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interviewee = self.interviewee

        relation = self.relation

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interviewee": interviewee,
                "relation": relation,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interviewee = d.pop("interviewee")

        relation = d.pop("relation")

        summary = d.pop("summary")

        neighbour_interview = cls(
            interviewee=interviewee,
            relation=relation,
            summary=summary,
        )

        neighbour_interview.additional_properties = d
        return neighbour_interview

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
