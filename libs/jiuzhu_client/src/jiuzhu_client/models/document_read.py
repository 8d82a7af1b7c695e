from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="DocumentRead")


@_attrs_define
class DocumentRead:
    """
    Attributes:
        added_at (datetime.datetime):
        added_by (str):
        file_name (str):
        id (UUID):
        kind (str): e.g. medical_bill, id_card
        media_type (str):
        sha256 (str): SHA-256 of the file, lowercase hex
        size_bytes (int):
    """

    added_at: datetime.datetime
    added_by: str
    file_name: str
    id: UUID
    kind: str
    media_type: str
    sha256: str
    size_bytes: int

    def to_dict(self) -> dict[str, Any]:
        added_at = self.added_at.isoformat()

        added_by = self.added_by

        file_name = self.file_name

        id = str(self.id)

        kind = self.kind

        media_type = self.media_type

        sha256 = self.sha256

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "added_at": added_at,
                "added_by": added_by,
                "file_name": file_name,
                "id": id,
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
        added_at = datetime.datetime.fromisoformat(d.pop("added_at"))

        added_by = d.pop("added_by")

        file_name = d.pop("file_name")

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        media_type = d.pop("media_type")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        document_read = cls(
            added_at=added_at,
            added_by=added_by,
            file_name=file_name,
            id=id,
            kind=kind,
            media_type=media_type,
            sha256=sha256,
            size_bytes=size_bytes,
        )

        return document_read
