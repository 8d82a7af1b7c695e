from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.part_status import PartStatus, check_part_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Part")


@_attrs_define
class Part:
    """ok: data present · empty: nothing yet · forbidden: not for this role · unavailable: service down.

    Attributes:
        service (str):
        status (PartStatus):
        data (Any | Unset):
        reason (None | str | Unset):
    """

    service: str
    status: PartStatus
    data: Any | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        status: str = self.status

        data = self.data

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = d.pop("service")

        status = check_part_status(d.pop("status"))

        data = d.pop("data", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        part = cls(
            service=service,
            status=status,
            data=data,
            reason=reason,
        )

        part.additional_properties = d
        return part

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
