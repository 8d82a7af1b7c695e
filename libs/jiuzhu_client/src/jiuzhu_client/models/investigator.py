from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Investigator")


@_attrs_define
class Investigator:
    """A staff member who made the visit (both identities are recorded).

    Attributes:
        name (str):
        subject (str): the staff account id
        staff_number (None | str | Unset):
    """

    name: str
    subject: str
    staff_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        staff_number: None | str | Unset
        if isinstance(self.staff_number, Unset):
            staff_number = UNSET
        else:
            staff_number = self.staff_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "subject": subject,
            }
        )
        if staff_number is not UNSET:
            field_dict["staff_number"] = staff_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        subject = d.pop("subject")

        def _parse_staff_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        staff_number = _parse_staff_number(d.pop("staff_number", UNSET))

        investigator = cls(
            name=name,
            subject=subject,
            staff_number=staff_number,
        )

        investigator.additional_properties = d
        return investigator

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
