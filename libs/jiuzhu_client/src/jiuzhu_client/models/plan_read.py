from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plan_read_needs_covered_item import PlanReadNeedsCoveredItem
    from ..models.plan_read_needs_uncovered_item import PlanReadNeedsUncoveredItem
    from ..models.plan_read_policies_item import PlanReadPoliciesItem


T = TypeVar("T", bound="PlanRead")


@_attrs_define
class PlanRead:
    """
    Attributes:
        application_id (None | UUID):
        created_at (datetime.datetime):
        decision_id (UUID):
        household_id (None | UUID):
        id (UUID):
        monthly_total_yuan (str):
        needs_covered (list[PlanReadNeedsCoveredItem]):
        needs_uncovered (list[PlanReadNeedsUncoveredItem]): Needs left for charity (救助+)
        once_total_yuan (str):
        policies (list[PlanReadPoliciesItem]):
        region_code (str):
    """

    application_id: None | UUID
    created_at: datetime.datetime
    decision_id: UUID
    household_id: None | UUID
    id: UUID
    monthly_total_yuan: str
    needs_covered: list[PlanReadNeedsCoveredItem]
    needs_uncovered: list[PlanReadNeedsUncoveredItem]
    once_total_yuan: str
    policies: list[PlanReadPoliciesItem]
    region_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id: None | str
        if isinstance(self.application_id, UUID):
            application_id = str(self.application_id)
        else:
            application_id = self.application_id

        created_at = self.created_at.isoformat()

        decision_id = str(self.decision_id)

        household_id: None | str
        if isinstance(self.household_id, UUID):
            household_id = str(self.household_id)
        else:
            household_id = self.household_id

        id = str(self.id)

        monthly_total_yuan = self.monthly_total_yuan

        needs_covered = []
        for needs_covered_item_data in self.needs_covered:
            needs_covered_item = needs_covered_item_data.to_dict()
            needs_covered.append(needs_covered_item)

        needs_uncovered = []
        for needs_uncovered_item_data in self.needs_uncovered:
            needs_uncovered_item = needs_uncovered_item_data.to_dict()
            needs_uncovered.append(needs_uncovered_item)

        once_total_yuan = self.once_total_yuan

        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)

        region_code = self.region_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "created_at": created_at,
                "decision_id": decision_id,
                "household_id": household_id,
                "id": id,
                "monthly_total_yuan": monthly_total_yuan,
                "needs_covered": needs_covered,
                "needs_uncovered": needs_uncovered,
                "once_total_yuan": once_total_yuan,
                "policies": policies,
                "region_code": region_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_read_needs_covered_item import PlanReadNeedsCoveredItem  # noqa: PLC0415
        from ..models.plan_read_needs_uncovered_item import PlanReadNeedsUncoveredItem  # noqa: PLC0415
        from ..models.plan_read_policies_item import PlanReadPoliciesItem  # noqa: PLC0415

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        decision_id = UUID(d.pop("decision_id"))

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

        monthly_total_yuan = d.pop("monthly_total_yuan")

        needs_covered = []
        _needs_covered = d.pop("needs_covered")
        for needs_covered_item_data in _needs_covered:
            needs_covered_item = PlanReadNeedsCoveredItem.from_dict(needs_covered_item_data)

            needs_covered.append(needs_covered_item)

        needs_uncovered = []
        _needs_uncovered = d.pop("needs_uncovered")
        for needs_uncovered_item_data in _needs_uncovered:
            needs_uncovered_item = PlanReadNeedsUncoveredItem.from_dict(needs_uncovered_item_data)

            needs_uncovered.append(needs_uncovered_item)

        once_total_yuan = d.pop("once_total_yuan")

        policies = []
        _policies = d.pop("policies")
        for policies_item_data in _policies:
            policies_item = PlanReadPoliciesItem.from_dict(policies_item_data)

            policies.append(policies_item)

        region_code = d.pop("region_code")

        plan_read = cls(
            application_id=application_id,
            created_at=created_at,
            decision_id=decision_id,
            household_id=household_id,
            id=id,
            monthly_total_yuan=monthly_total_yuan,
            needs_covered=needs_covered,
            needs_uncovered=needs_uncovered,
            once_total_yuan=once_total_yuan,
            policies=policies,
            region_code=region_code,
        )

        plan_read.additional_properties = d
        return plan_read

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
