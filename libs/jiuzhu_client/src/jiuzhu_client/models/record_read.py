from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record_read_attributes_type_0 import RecordReadAttributesType0


T = TypeVar("T", bound="RecordRead")


@_attrs_define
class RecordRead:
    """A stored partner record; the resident ID is masked.

    Attributes:
        amount_yuan (None | str):
        attributes (None | RecordReadAttributesType0):
        effective_on (datetime.date):
        id (int):
        id_number_masked (str):
        kind (str):
        period_from (datetime.date | None):
        period_to (datetime.date | None):
        received_at (datetime.datetime):
        source (str):
        source_record_id (str):
        type_ (str):
        updated_at (datetime.datetime):
        version (int):
    """

    amount_yuan: None | str
    attributes: None | RecordReadAttributesType0
    effective_on: datetime.date
    id: int
    id_number_masked: str
    kind: str
    period_from: datetime.date | None
    period_to: datetime.date | None
    received_at: datetime.datetime
    source: str
    source_record_id: str
    type_: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_read_attributes_type_0 import RecordReadAttributesType0  # noqa: PLC0415

        amount_yuan: None | str
        amount_yuan = self.amount_yuan

        attributes: dict[str, Any] | None
        if isinstance(self.attributes, RecordReadAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        effective_on = self.effective_on.isoformat()

        id = self.id

        id_number_masked = self.id_number_masked

        kind = self.kind

        period_from: None | str
        if isinstance(self.period_from, datetime.date):
            period_from = self.period_from.isoformat()
        else:
            period_from = self.period_from

        period_to: None | str
        if isinstance(self.period_to, datetime.date):
            period_to = self.period_to.isoformat()
        else:
            period_to = self.period_to

        received_at = self.received_at.isoformat()

        source = self.source

        source_record_id = self.source_record_id

        type_ = self.type_

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_yuan": amount_yuan,
                "attributes": attributes,
                "effective_on": effective_on,
                "id": id,
                "id_number_masked": id_number_masked,
                "kind": kind,
                "period_from": period_from,
                "period_to": period_to,
                "received_at": received_at,
                "source": source,
                "source_record_id": source_record_id,
                "type": type_,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_read_attributes_type_0 import RecordReadAttributesType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan"))

        def _parse_attributes(data: object) -> None | RecordReadAttributesType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = RecordReadAttributesType0.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordReadAttributesType0, data)

        attributes = _parse_attributes(d.pop("attributes"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        id = d.pop("id")

        id_number_masked = d.pop("id_number_masked")

        kind = d.pop("kind")

        def _parse_period_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_from_type_0 = datetime.date.fromisoformat(data)

                return period_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_from = _parse_period_from(d.pop("period_from"))

        def _parse_period_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_to_type_0 = datetime.date.fromisoformat(data)

                return period_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_to = _parse_period_to(d.pop("period_to"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        source = d.pop("source")

        source_record_id = d.pop("source_record_id")

        type_ = d.pop("type")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        record_read = cls(
            amount_yuan=amount_yuan,
            attributes=attributes,
            effective_on=effective_on,
            id=id,
            id_number_masked=id_number_masked,
            kind=kind,
            period_from=period_from,
            period_to=period_to,
            received_at=received_at,
            source=source,
            source_record_id=source_record_id,
            type_=type_,
            updated_at=updated_at,
            version=version,
        )

        record_read.additional_properties = d
        return record_read

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
