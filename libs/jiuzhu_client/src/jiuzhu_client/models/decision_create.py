from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.household_facts import HouseholdFacts
    from ..models.matching_need import MatchingNeed


T = TypeVar("T", bound="DecisionCreate")


@_attrs_define
class DecisionCreate:
    """Household facts (verification report plus intake's data) and the household's needs.

    Attributes:
        facts (HouseholdFacts): What matching decides on: the verified economic status plus intake's household data.
        application_id (None | Unset | UUID):
        household_id (None | Unset | UUID):
        needs (list[MatchingNeed] | Unset):
    """

    facts: HouseholdFacts
    application_id: None | Unset | UUID = UNSET
    household_id: None | Unset | UUID = UNSET
    needs: list[MatchingNeed] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        facts = self.facts.to_dict()

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        elif isinstance(self.application_id, UUID):
            application_id = str(self.application_id)
        else:
            application_id = self.application_id

        household_id: None | str | Unset
        if isinstance(self.household_id, Unset):
            household_id = UNSET
        elif isinstance(self.household_id, UUID):
            household_id = str(self.household_id)
        else:
            household_id = self.household_id

        needs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.needs, Unset):
            needs = []
            for needs_item_data in self.needs:
                needs_item = needs_item_data.to_dict()
                needs.append(needs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facts": facts,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if household_id is not UNSET:
            field_dict["household_id"] = household_id
        if needs is not UNSET:
            field_dict["needs"] = needs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.household_facts import HouseholdFacts  # noqa: PLC0415
        from ..models.matching_need import MatchingNeed  # noqa: PLC0415

        d = dict(src_dict)
        facts = HouseholdFacts.from_dict(d.pop("facts"))

        def _parse_application_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_id_type_0 = UUID(data)

                return application_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        application_id = _parse_application_id(d.pop("application_id", UNSET))

        def _parse_household_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                household_id_type_0 = UUID(data)

                return household_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        household_id = _parse_household_id(d.pop("household_id", UNSET))

        _needs = d.pop("needs", UNSET)
        needs: list[MatchingNeed] | Unset = UNSET
        if _needs is not UNSET:
            needs = []
            for needs_item_data in _needs:
                needs_item = MatchingNeed.from_dict(needs_item_data)

                needs.append(needs_item)

        decision_create = cls(
            facts=facts,
            application_id=application_id,
            household_id=household_id,
            needs=needs,
        )

        return decision_create
