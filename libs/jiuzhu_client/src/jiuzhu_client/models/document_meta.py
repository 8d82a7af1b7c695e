from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DocumentMeta")


@_attrs_define
class DocumentMeta:
    """
    Attributes:
        file_name (str):
        kind (str): e.g. medical_bill, id_card
        media_type (str):
        sha256 (str): SHA-256 of the file, lowercase hex
        size_bytes (int):
    """

    file_name: str
    kind: str
    media_type: str
    sha256: str
    size_bytes: int

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        kind = self.kind

        media_type = self.media_type

        sha256 = self.sha256

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_name": file_name,
                "kind": kind,
                "media_type": media_type,
                "sha256": sha256,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")

        kind = d.pop("kind")

        media_type = d.pop("media_type")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        document_meta = cls(
            file_name=file_name,
            kind=kind,
            media_type=media_type,
            sha256=sha256,
            size_bytes=size_bytes,
        )

        return document_meta
