from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_read_status import ReferralReadStatus, check_referral_read_status

if TYPE_CHECKING:
    from ..models.occurrence_read import OccurrenceRead
    from ..models.recurrence import Recurrence
    from ..models.shared_household import SharedHousehold
    from ..models.transition_read import TransitionRead


T = TypeVar("T", bound="ReferralRead")


@_attrs_define
class ReferralRead:
    """
    Attributes:
        benefit_kind (str):
        created_at (datetime.datetime):
        decline_reason (None | str):
        held_quantity (int):
        household (None | SharedHousehold): Null when the household did not consent to sharing
        household_id (UUID):
        id (UUID):
        need_category (None | str):
        need_id (None | UUID):
        need_text (None | str):
        occurrences (list[OccurrenceRead]):
        quantity (int):
        recurrence (None | Recurrence):
        resource_id (UUID):
        resource_name (str):
        respond_by (datetime.datetime | None):
        status (ReferralReadStatus):
        timeline (list[TransitionRead]):
        to_organization_id (UUID):
    """

    benefit_kind: str
    created_at: datetime.datetime
    decline_reason: None | str
    held_quantity: int
    household: None | SharedHousehold
    household_id: UUID
    id: UUID
    need_category: None | str
    need_id: None | UUID
    need_text: None | str
    occurrences: list[OccurrenceRead]
    quantity: int
    recurrence: None | Recurrence
    resource_id: UUID
    resource_name: str
    respond_by: datetime.datetime | None
    status: ReferralReadStatus
    timeline: list[TransitionRead]
    to_organization_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recurrence import Recurrence  # noqa: PLC0415
        from ..models.shared_household import SharedHousehold  # noqa: PLC0415

        benefit_kind = self.benefit_kind

        created_at = self.created_at.isoformat()

        decline_reason: None | str
        decline_reason = self.decline_reason

        held_quantity = self.held_quantity

        household: dict[str, Any] | None
        if isinstance(self.household, SharedHousehold):
            household = self.household.to_dict()
        else:
            household = self.household

        household_id = str(self.household_id)

        id = str(self.id)

        need_category: None | str
        need_category = self.need_category

        need_id: None | str
        if isinstance(self.need_id, UUID):
            need_id = str(self.need_id)
        else:
            need_id = self.need_id

        need_text: None | str
        need_text = self.need_text

        occurrences = []
        for occurrences_item_data in self.occurrences:
            occurrences_item = occurrences_item_data.to_dict()
            occurrences.append(occurrences_item)

        quantity = self.quantity

        recurrence: dict[str, Any] | None
        if isinstance(self.recurrence, Recurrence):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        resource_id = str(self.resource_id)

        resource_name = self.resource_name

        respond_by: None | str
        if isinstance(self.respond_by, datetime.datetime):
            respond_by = self.respond_by.isoformat()
        else:
            respond_by = self.respond_by

        status: str = self.status

        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)

        to_organization_id = str(self.to_organization_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "benefit_kind": benefit_kind,
                "created_at": created_at,
                "decline_reason": decline_reason,
                "held_quantity": held_quantity,
                "household": household,
                "household_id": household_id,
                "id": id,
                "need_category": need_category,
                "need_id": need_id,
                "need_text": need_text,
                "occurrences": occurrences,
                "quantity": quantity,
                "recurrence": recurrence,
                "resource_id": resource_id,
                "resource_name": resource_name,
                "respond_by": respond_by,
                "status": status,
                "timeline": timeline,
                "to_organization_id": to_organization_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.occurrence_read import OccurrenceRead  # noqa: PLC0415
        from ..models.recurrence import Recurrence  # noqa: PLC0415
        from ..models.shared_household import SharedHousehold  # noqa: PLC0415
        from ..models.transition_read import TransitionRead  # noqa: PLC0415

        d = dict(src_dict)
        benefit_kind = d.pop("benefit_kind")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_decline_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decline_reason = _parse_decline_reason(d.pop("decline_reason"))

        held_quantity = d.pop("held_quantity")

        def _parse_household(data: object) -> None | SharedHousehold:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                household_type_0 = SharedHousehold.from_dict(data)

                return household_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SharedHousehold, data)

        household = _parse_household(d.pop("household"))

        household_id = UUID(d.pop("household_id"))

        id = UUID(d.pop("id"))

        def _parse_need_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        need_category = _parse_need_category(d.pop("need_category"))

        def _parse_need_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                need_id_type_0 = UUID(data)

                return need_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        need_id = _parse_need_id(d.pop("need_id"))

        def _parse_need_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        need_text = _parse_need_text(d.pop("need_text"))

        occurrences = []
        _occurrences = d.pop("occurrences")
        for occurrences_item_data in _occurrences:
            occurrences_item = OccurrenceRead.from_dict(occurrences_item_data)

            occurrences.append(occurrences_item)

        quantity = d.pop("quantity")

        def _parse_recurrence(data: object) -> None | Recurrence:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurrence_type_0 = Recurrence.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Recurrence, data)

        recurrence = _parse_recurrence(d.pop("recurrence"))

        resource_id = UUID(d.pop("resource_id"))

        resource_name = d.pop("resource_name")

        def _parse_respond_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                respond_by_type_0 = datetime.datetime.fromisoformat(data)

                return respond_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        respond_by = _parse_respond_by(d.pop("respond_by"))

        status = check_referral_read_status(d.pop("status"))

        timeline = []
        _timeline = d.pop("timeline")
        for timeline_item_data in _timeline:
            timeline_item = TransitionRead.from_dict(timeline_item_data)

            timeline.append(timeline_item)

        to_organization_id = UUID(d.pop("to_organization_id"))

        referral_read = cls(
            benefit_kind=benefit_kind,
            created_at=created_at,
            decline_reason=decline_reason,
            held_quantity=held_quantity,
            household=household,
            household_id=household_id,
            id=id,
            need_category=need_category,
            need_id=need_id,
            need_text=need_text,
            occurrences=occurrences,
            quantity=quantity,
            recurrence=recurrence,
            resource_id=resource_id,
            resource_name=resource_name,
            respond_by=respond_by,
            status=status,
            timeline=timeline,
            to_organization_id=to_organization_id,
        )

        referral_read.additional_properties = d
        return referral_read

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
