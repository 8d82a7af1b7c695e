from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.photo_metadata_content_type import (
    PhotoMetadataContentType,
    check_photo_metadata_content_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhotoMetadata")


@_attrs_define
class PhotoMetadata:
    """A photo taken on the visit: metadata only, the file lives in the document store.

    Attributes:
        content_type (PhotoMetadataContentType):
        file_name (str):
        sha256 (str):
        size_bytes (int):
        caption (None | str | Unset):
        taken_at (datetime.datetime | None | Unset):
    """

    content_type: PhotoMetadataContentType
    file_name: str
    sha256: str
    size_bytes: int
    caption: None | str | Unset = UNSET
    taken_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type: str = self.content_type

        file_name = self.file_name

        sha256 = self.sha256

        size_bytes = self.size_bytes

        caption: None | str | Unset
        if isinstance(self.caption, Unset):
            caption = UNSET
        else:
            caption = self.caption

        taken_at: None | str | Unset
        if isinstance(self.taken_at, Unset):
            taken_at = UNSET
        elif isinstance(self.taken_at, datetime.datetime):
            taken_at = self.taken_at.isoformat()
        else:
            taken_at = self.taken_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "file_name": file_name,
                "sha256": sha256,
                "size_bytes": size_bytes,
            }
        )
        if caption is not UNSET:
            field_dict["caption"] = caption
        if taken_at is not UNSET:
            field_dict["taken_at"] = taken_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = check_photo_metadata_content_type(d.pop("content_type"))

        file_name = d.pop("file_name")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        def _parse_caption(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caption = _parse_caption(d.pop("caption", UNSET))

        def _parse_taken_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taken_at_type_0 = datetime.datetime.fromisoformat(data)

                return taken_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        taken_at = _parse_taken_at(d.pop("taken_at", UNSET))

        photo_metadata = cls(
            content_type=content_type,
            file_name=file_name,
            sha256=sha256,
            size_bytes=size_bytes,
            caption=caption,
            taken_at=taken_at,
        )

        photo_metadata.additional_properties = d
        return photo_metadata

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
