from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeliveryRead")


@_attrs_define
class DeliveryRead:
    """
    Attributes:
        assigned_at (datetime.datetime | None):
        at_station_at (datetime.datetime | None):
        delivered_at (datetime.datetime | None):
        id (UUID):
        order_id (UUID):
        region_code (str):
        runner_person_id (None | UUID):
        stage (str):
        station_name (None | str):
    """

    assigned_at: datetime.datetime | None
    at_station_at: datetime.datetime | None
    delivered_at: datetime.datetime | None
    id: UUID
    order_id: UUID
    region_code: str
    runner_person_id: None | UUID
    stage: str
    station_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_at: None | str
        if isinstance(self.assigned_at, datetime.datetime):
            assigned_at = self.assigned_at.isoformat()
        else:
            assigned_at = self.assigned_at

        at_station_at: None | str
        if isinstance(self.at_station_at, datetime.datetime):
            at_station_at = self.at_station_at.isoformat()
        else:
            at_station_at = self.at_station_at

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        id = str(self.id)

        order_id = str(self.order_id)

        region_code = self.region_code

        runner_person_id: None | str
        if isinstance(self.runner_person_id, UUID):
            runner_person_id = str(self.runner_person_id)
        else:
            runner_person_id = self.runner_person_id

        stage = self.stage

        station_name: None | str
        station_name = self.station_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_at": assigned_at,
                "at_station_at": at_station_at,
                "delivered_at": delivered_at,
                "id": id,
                "order_id": order_id,
                "region_code": region_code,
                "runner_person_id": runner_person_id,
                "stage": stage,
                "station_name": station_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_assigned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_at_type_0 = datetime.datetime.fromisoformat(data)

                return assigned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        assigned_at = _parse_assigned_at(d.pop("assigned_at"))

        def _parse_at_station_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_station_at_type_0 = datetime.datetime.fromisoformat(data)

                return at_station_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        at_station_at = _parse_at_station_at(d.pop("at_station_at"))

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))

        id = UUID(d.pop("id"))

        order_id = UUID(d.pop("order_id"))

        region_code = d.pop("region_code")

        def _parse_runner_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                runner_person_id_type_0 = UUID(data)

                return runner_person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        runner_person_id = _parse_runner_person_id(d.pop("runner_person_id"))

        stage = d.pop("stage")

        def _parse_station_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        station_name = _parse_station_name(d.pop("station_name"))

        delivery_read = cls(
            assigned_at=assigned_at,
            at_station_at=at_station_at,
            delivered_at=delivered_at,
            id=id,
            order_id=order_id,
            region_code=region_code,
            runner_person_id=runner_person_id,
            stage=stage,
            station_name=station_name,
        )

        delivery_read.additional_properties = d
        return delivery_read

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
