from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.decision_read_result import DecisionReadResult


T = TypeVar("T", bound="DecisionRead")


@_attrs_define
class DecisionRead:
    """
    Attributes:
        application_id (None | UUID):
        catalog_version (int):
        circle (int | None):
        created_at (datetime.datetime):
        facts_hash (str):
        group (None | str):
        household_id (None | UUID):
        id (UUID):
        plan_id (UUID):
        region_code (str):
        result (DecisionReadResult): Every policy with its conditions, the facts and parameters used and their sources
    """

    application_id: None | UUID
    catalog_version: int
    circle: int | None
    created_at: datetime.datetime
    facts_hash: str
    group: None | str
    household_id: None | UUID
    id: UUID
    plan_id: UUID
    region_code: str
    result: DecisionReadResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id: None | str
        if isinstance(self.application_id, UUID):
            application_id = str(self.application_id)
        else:
            application_id = self.application_id

        catalog_version = self.catalog_version

        circle: int | None
        circle = self.circle

        created_at = self.created_at.isoformat()

        facts_hash = self.facts_hash

        group: None | str
        group = self.group

        household_id: None | str
        if isinstance(self.household_id, UUID):
            household_id = str(self.household_id)
        else:
            household_id = self.household_id

        id = str(self.id)

        plan_id = str(self.plan_id)

        region_code = self.region_code

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "catalog_version": catalog_version,
                "circle": circle,
                "created_at": created_at,
                "facts_hash": facts_hash,
                "group": group,
                "household_id": household_id,
                "id": id,
                "plan_id": plan_id,
                "region_code": region_code,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision_read_result import DecisionReadResult  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_application_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_id_type_0 = UUID(data)

                return application_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        application_id = _parse_application_id(d.pop("application_id"))

        catalog_version = d.pop("catalog_version")

        def _parse_circle(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        circle = _parse_circle(d.pop("circle"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        facts_hash = d.pop("facts_hash")

        def _parse_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group = _parse_group(d.pop("group"))

        def _parse_household_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                household_id_type_0 = UUID(data)

                return household_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        household_id = _parse_household_id(d.pop("household_id"))

        id = UUID(d.pop("id"))

        plan_id = UUID(d.pop("plan_id"))

        region_code = d.pop("region_code")

        result = DecisionReadResult.from_dict(d.pop("result"))

        decision_read = cls(
            application_id=application_id,
            catalog_version=catalog_version,
            circle=circle,
            created_at=created_at,
            facts_hash=facts_hash,
            group=group,
            household_id=household_id,
            id=id,
            plan_id=plan_id,
            region_code=region_code,
            result=result,
        )

        decision_read.additional_properties = d
        return decision_read

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
