from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_publish_document_type_0 import CatalogPublishDocumentType0


T = TypeVar("T", bound="CatalogPublish")


@_attrs_define
class CatalogPublish:
    """A whole catalog document, as JSON (`document`) or as YAML text (`document_yaml`).

    Attributes:
        document (CatalogPublishDocumentType0 | None | Unset):
        document_yaml (None | str | Unset):
        note (str | Unset):  Default: ''.
    """

    document: CatalogPublishDocumentType0 | None | Unset = UNSET
    document_yaml: None | str | Unset = UNSET
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_publish_document_type_0 import CatalogPublishDocumentType0  # noqa: PLC0415

        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, CatalogPublishDocumentType0):
            document = self.document.to_dict()
        else:
            document = self.document

        document_yaml: None | str | Unset
        if isinstance(self.document_yaml, Unset):
            document_yaml = UNSET
        else:
            document_yaml = self.document_yaml

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document
        if document_yaml is not UNSET:
            field_dict["document_yaml"] = document_yaml
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_publish_document_type_0 import CatalogPublishDocumentType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_document(data: object) -> CatalogPublishDocumentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = CatalogPublishDocumentType0.from_dict(data)

                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogPublishDocumentType0 | None | Unset, data)

        document = _parse_document(d.pop("document", UNSET))

        def _parse_document_yaml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_yaml = _parse_document_yaml(d.pop("document_yaml", UNSET))

        note = d.pop("note", UNSET)

        catalog_publish = cls(
            document=document,
            document_yaml=document_yaml,
            note=note,
        )

        return catalog_publish
