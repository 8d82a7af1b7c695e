from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogVersionRead")


@_attrs_define
class CatalogVersionRead:
    """
    Attributes:
        content_hash (str):
        note (str):
        published_at (datetime.datetime):
        published_by (str):
        version (int):
    """

    content_hash: str
    note: str
    published_at: datetime.datetime
    published_by: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_hash = self.content_hash

        note = self.note

        published_at = self.published_at.isoformat()

        published_by = self.published_by

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_hash": content_hash,
                "note": note,
                "published_at": published_at,
                "published_by": published_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_hash = d.pop("content_hash")

        note = d.pop("note")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        published_by = d.pop("published_by")

        version = d.pop("version")

        catalog_version_read = cls(
            content_hash=content_hash,
            note=note,
            published_at=published_at,
            published_by=published_by,
            version=version,
        )

        catalog_version_read.additional_properties = d
        return catalog_version_read

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
