from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExpenditureFacts")


@_attrs_define
class ExpenditureFacts:
    """
    Attributes:
        education_12m_yuan (float | str):
        medical_oop_12m_yuan (float | str):
        rehabilitation_12m_yuan (float | str):
        rigid_12m_yuan (float | str):
    """

    education_12m_yuan: float | str
    medical_oop_12m_yuan: float | str
    rehabilitation_12m_yuan: float | str
    rigid_12m_yuan: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        education_12m_yuan: float | str
        education_12m_yuan = self.education_12m_yuan

        medical_oop_12m_yuan: float | str
        medical_oop_12m_yuan = self.medical_oop_12m_yuan

        rehabilitation_12m_yuan: float | str
        rehabilitation_12m_yuan = self.rehabilitation_12m_yuan

        rigid_12m_yuan: float | str
        rigid_12m_yuan = self.rigid_12m_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "education_12m_yuan": education_12m_yuan,
                "medical_oop_12m_yuan": medical_oop_12m_yuan,
                "rehabilitation_12m_yuan": rehabilitation_12m_yuan,
                "rigid_12m_yuan": rigid_12m_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_education_12m_yuan(data: object) -> float | str:
            return cast(float | str, data)

        education_12m_yuan = _parse_education_12m_yuan(d.pop("education_12m_yuan"))

        def _parse_medical_oop_12m_yuan(data: object) -> float | str:
            return cast(float | str, data)

        medical_oop_12m_yuan = _parse_medical_oop_12m_yuan(d.pop("medical_oop_12m_yuan"))

        def _parse_rehabilitation_12m_yuan(data: object) -> float | str:
            return cast(float | str, data)

        rehabilitation_12m_yuan = _parse_rehabilitation_12m_yuan(d.pop("rehabilitation_12m_yuan"))

        def _parse_rigid_12m_yuan(data: object) -> float | str:
            return cast(float | str, data)

        rigid_12m_yuan = _parse_rigid_12m_yuan(d.pop("rigid_12m_yuan"))

        expenditure_facts = cls(
            education_12m_yuan=education_12m_yuan,
            medical_oop_12m_yuan=medical_oop_12m_yuan,
            rehabilitation_12m_yuan=rehabilitation_12m_yuan,
            rigid_12m_yuan=rigid_12m_yuan,
        )

        expenditure_facts.additional_properties = d
        return expenditure_facts

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
