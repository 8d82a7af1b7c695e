from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_summary_sex import MemberSummarySex, check_member_summary_sex
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberSummary")


@_attrs_define
class MemberSummary:
    """A member as charity may know them: no ID number, the name masked (张**).

    Attributes:
        age (int):
        name_masked (str):
        sex (MemberSummarySex):
        disability_category (None | str | Unset):
        disability_grade (int | None | Unset):
        serious_illness (bool | Unset):  Default: False.
    """

    age: int
    name_masked: str
    sex: MemberSummarySex
    disability_category: None | str | Unset = UNSET
    disability_grade: int | None | Unset = UNSET
    serious_illness: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age = self.age

        name_masked = self.name_masked

        sex: str = self.sex

        disability_category: None | str | Unset
        if isinstance(self.disability_category, Unset):
            disability_category = UNSET
        else:
            disability_category = self.disability_category

        disability_grade: int | None | Unset
        if isinstance(self.disability_grade, Unset):
            disability_grade = UNSET
        else:
            disability_grade = self.disability_grade

        serious_illness = self.serious_illness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age": age,
                "name_masked": name_masked,
                "sex": sex,
            }
        )
        if disability_category is not UNSET:
            field_dict["disability_category"] = disability_category
        if disability_grade is not UNSET:
            field_dict["disability_grade"] = disability_grade
        if serious_illness is not UNSET:
            field_dict["serious_illness"] = serious_illness

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        age = d.pop("age")

        name_masked = d.pop("name_masked")

        sex = check_member_summary_sex(d.pop("sex"))

        def _parse_disability_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disability_category = _parse_disability_category(d.pop("disability_category", UNSET))

        def _parse_disability_grade(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disability_grade = _parse_disability_grade(d.pop("disability_grade", UNSET))

        serious_illness = d.pop("serious_illness", UNSET)

        member_summary = cls(
            age=age,
            name_masked=name_masked,
            sex=sex,
            disability_category=disability_category,
            disability_grade=disability_grade,
            serious_illness=serious_illness,
        )

        member_summary.additional_properties = d
        return member_summary

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
