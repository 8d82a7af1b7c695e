from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.population_source_source import PopulationSourceSource, check_population_source_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="PopulationSource")


@_attrs_define
class PopulationSource:
    """Which households: the facts of stored decisions, or an uploaded population.

    Attributes:
        source (PopulationSourceSource):
        limit (int | Unset):  Default: 100000.
        population_id (None | Unset | UUID):
        region_prefix (None | str | Unset):
    """

    source: PopulationSourceSource
    limit: int | Unset = 100000
    population_id: None | Unset | UUID = UNSET
    region_prefix: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source: str = self.source

        limit = self.limit

        population_id: None | str | Unset
        if isinstance(self.population_id, Unset):
            population_id = UNSET
        elif isinstance(self.population_id, UUID):
            population_id = str(self.population_id)
        else:
            population_id = self.population_id

        region_prefix: None | str | Unset
        if isinstance(self.region_prefix, Unset):
            region_prefix = UNSET
        else:
            region_prefix = self.region_prefix

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if population_id is not UNSET:
            field_dict["population_id"] = population_id
        if region_prefix is not UNSET:
            field_dict["region_prefix"] = region_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = check_population_source_source(d.pop("source"))

        limit = d.pop("limit", UNSET)

        def _parse_population_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                population_id_type_0 = UUID(data)

                return population_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        population_id = _parse_population_id(d.pop("population_id", UNSET))

        def _parse_region_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_prefix = _parse_region_prefix(d.pop("region_prefix", UNSET))

        population_source = cls(
            source=source,
            limit=limit,
            population_id=population_id,
            region_prefix=region_prefix,
        )

        return population_source
