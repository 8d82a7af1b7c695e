from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.document_meta import DocumentMeta


T = TypeVar("T", bound="DocumentsAdd")


@_attrs_define
class DocumentsAdd:
    """
    Attributes:
        documents (list[DocumentMeta]):
    """

    documents: list[DocumentMeta]

    def to_dict(self) -> dict[str, Any]:
        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "documents": documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_meta import DocumentMeta  # noqa: PLC0415

        d = dict(src_dict)
        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = DocumentMeta.from_dict(documents_item_data)

            documents.append(documents_item)

        documents_add = cls(
            documents=documents,
        )

        return documents_add
