from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.monitored_household_in import MonitoredHouseholdIn


T = TypeVar("T", bound="PopulationLoad")


@_attrs_define
class PopulationLoad:
    """
    Attributes:
        households (list[MonitoredHouseholdIn]):
    """

    households: list[MonitoredHouseholdIn]

    def to_dict(self) -> dict[str, Any]:
        households = []
        for households_item_data in self.households:
            households_item = households_item_data.to_dict()
            households.append(households_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "households": households,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monitored_household_in import MonitoredHouseholdIn  # noqa: PLC0415

        d = dict(src_dict)
        households = []
        _households = d.pop("households")
        for households_item_data in _households:
            households_item = MonitoredHouseholdIn.from_dict(households_item_data)

            households.append(households_item)

        population_load = cls(
            households=households,
        )

        return population_load
