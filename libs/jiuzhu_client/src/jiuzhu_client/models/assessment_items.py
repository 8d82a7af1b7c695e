from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_assessment import ItemAssessment


T = TypeVar("T", bound="AssessmentItems")


@_attrs_define
class AssessmentItems:
    """The structured items of 生活状况综合评估.

    Attributes:
        capacity_to_work (ItemAssessment):
        health (ItemAssessment):
        housing (ItemAssessment):
        living_conditions (ItemAssessment):
    """

    capacity_to_work: ItemAssessment
    health: ItemAssessment
    housing: ItemAssessment
    living_conditions: ItemAssessment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_to_work = self.capacity_to_work.to_dict()

        health = self.health.to_dict()

        housing = self.housing.to_dict()

        living_conditions = self.living_conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity_to_work": capacity_to_work,
                "health": health,
                "housing": housing,
                "living_conditions": living_conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_assessment import ItemAssessment  # noqa: PLC0415

        d = dict(src_dict)
        capacity_to_work = ItemAssessment.from_dict(d.pop("capacity_to_work"))

        health = ItemAssessment.from_dict(d.pop("health"))

        housing = ItemAssessment.from_dict(d.pop("housing"))

        living_conditions = ItemAssessment.from_dict(d.pop("living_conditions"))

        assessment_items = cls(
            capacity_to_work=capacity_to_work,
            health=health,
            housing=housing,
            living_conditions=living_conditions,
        )

        assessment_items.additional_properties = d
        return assessment_items

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
