from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.household_version_read_declaration import HouseholdVersionReadDeclaration


T = TypeVar("T", bound="HouseholdVersionRead")


@_attrs_define
class HouseholdVersionRead:
    """
    Attributes:
        changed_at (datetime.datetime):
        changed_by (str):
        declaration (HouseholdVersionReadDeclaration): The declaration as it was (IDs masked)
        reason (None | str):
        version (int):
    """

    changed_at: datetime.datetime
    changed_by: str
    declaration: HouseholdVersionReadDeclaration
    reason: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_at = self.changed_at.isoformat()

        changed_by = self.changed_by

        declaration = self.declaration.to_dict()

        reason: None | str
        reason = self.reason

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_at": changed_at,
                "changed_by": changed_by,
                "declaration": declaration,
                "reason": reason,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.household_version_read_declaration import HouseholdVersionReadDeclaration  # noqa: PLC0415

        d = dict(src_dict)
        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        changed_by = d.pop("changed_by")

        declaration = HouseholdVersionReadDeclaration.from_dict(d.pop("declaration"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        version = d.pop("version")

        household_version_read = cls(
            changed_at=changed_at,
            changed_by=changed_by,
            declaration=declaration,
            reason=reason,
            version=version,
        )

        household_version_read.additional_properties = d
        return household_version_read

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
