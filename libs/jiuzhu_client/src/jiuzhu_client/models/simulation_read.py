from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.simulation_read_request import SimulationReadRequest
    from ..models.simulation_read_result import SimulationReadResult


T = TypeVar("T", bound="SimulationRead")


@_attrs_define
class SimulationRead:
    """
    Attributes:
        catalog_version (int):
        created_at (datetime.datetime):
        id (UUID):
        request (SimulationReadRequest):
        result (SimulationReadResult): Counts by circle, group and policy, monthly cost, households that change circle
    """

    catalog_version: int
    created_at: datetime.datetime
    id: UUID
    request: SimulationReadRequest
    result: SimulationReadResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_version = self.catalog_version

        created_at = self.created_at.isoformat()

        id = str(self.id)

        request = self.request.to_dict()

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_version": catalog_version,
                "created_at": created_at,
                "id": id,
                "request": request,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_read_request import SimulationReadRequest  # noqa: PLC0415
        from ..models.simulation_read_result import SimulationReadResult  # noqa: PLC0415

        d = dict(src_dict)
        catalog_version = d.pop("catalog_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        request = SimulationReadRequest.from_dict(d.pop("request"))

        result = SimulationReadResult.from_dict(d.pop("result"))

        simulation_read = cls(
            catalog_version=catalog_version,
            created_at=created_at,
            id=id,
            request=request,
            result=result,
        )

        simulation_read.additional_properties = d
        return simulation_read

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
