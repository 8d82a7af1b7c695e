from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.population_source import PopulationSource
    from ..models.reform_in import ReformIn


T = TypeVar("T", bound="SimulationCreate")


@_attrs_define
class SimulationCreate:
    """
    Attributes:
        population (PopulationSource): Which households: the facts of stored decisions, or an uploaded population.
        reform (ReformIn):
        as_of (datetime.date | None | Unset): Date to evaluate on; defaults to the latest override's date
        changed_limit (int | Unset):  Default: 100.
    """

    population: PopulationSource
    reform: ReformIn
    as_of: datetime.date | None | Unset = UNSET
    changed_limit: int | Unset = 100

    def to_dict(self) -> dict[str, Any]:
        population = self.population.to_dict()

        reform = self.reform.to_dict()

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        elif isinstance(self.as_of, datetime.date):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        changed_limit = self.changed_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "population": population,
                "reform": reform,
            }
        )
        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if changed_limit is not UNSET:
            field_dict["changed_limit"] = changed_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.population_source import PopulationSource  # noqa: PLC0415
        from ..models.reform_in import ReformIn  # noqa: PLC0415

        d = dict(src_dict)
        population = PopulationSource.from_dict(d.pop("population"))

        reform = ReformIn.from_dict(d.pop("reform"))

        def _parse_as_of(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.date.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        as_of = _parse_as_of(d.pop("as_of", UNSET))

        changed_limit = d.pop("changed_limit", UNSET)

        simulation_create = cls(
            population=population,
            reform=reform,
            as_of=as_of,
            changed_limit=changed_limit,
        )

        return simulation_create
