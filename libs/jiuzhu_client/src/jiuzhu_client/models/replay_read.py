from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.replay_read_result import ReplayReadResult


T = TypeVar("T", bound="ReplayRead")


@_attrs_define
class ReplayRead:
    """
    Attributes:
        catalog_version (int):
        decision_id (UUID):
        facts_hash (str):
        identical (bool): The recomputed result equals the stored one
        result (ReplayReadResult):
    """

    catalog_version: int
    decision_id: UUID
    facts_hash: str
    identical: bool
    result: ReplayReadResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_version = self.catalog_version

        decision_id = str(self.decision_id)

        facts_hash = self.facts_hash

        identical = self.identical

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_version": catalog_version,
                "decision_id": decision_id,
                "facts_hash": facts_hash,
                "identical": identical,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.replay_read_result import ReplayReadResult  # noqa: PLC0415

        d = dict(src_dict)
        catalog_version = d.pop("catalog_version")

        decision_id = UUID(d.pop("decision_id"))

        facts_hash = d.pop("facts_hash")

        identical = d.pop("identical")

        result = ReplayReadResult.from_dict(d.pop("result"))

        replay_read = cls(
            catalog_version=catalog_version,
            decision_id=decision_id,
            facts_hash=facts_hash,
            identical=identical,
            result=result,
        )

        replay_read.additional_properties = d
        return replay_read

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
