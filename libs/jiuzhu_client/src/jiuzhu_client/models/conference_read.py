from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.opinion_read import OpinionRead


T = TypeVar("T", bound="ConferenceRead")


@_attrs_define
class ConferenceRead:
    """
    Attributes:
        application_id (UUID):
        concluded_at (datetime.datetime | None):
        concluded_by (None | str):
        conclusion (None | str):
        convened_at (datetime.datetime):
        convened_by (str):
        departments (list[str]):
        id (UUID):
        opinions (list[OpinionRead]):
        topic (str):
    """

    application_id: UUID
    concluded_at: datetime.datetime | None
    concluded_by: None | str
    conclusion: None | str
    convened_at: datetime.datetime
    convened_by: str
    departments: list[str]
    id: UUID
    opinions: list[OpinionRead]
    topic: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        concluded_at: None | str
        if isinstance(self.concluded_at, datetime.datetime):
            concluded_at = self.concluded_at.isoformat()
        else:
            concluded_at = self.concluded_at

        concluded_by: None | str
        concluded_by = self.concluded_by

        conclusion: None | str
        conclusion = self.conclusion

        convened_at = self.convened_at.isoformat()

        convened_by = self.convened_by

        departments = self.departments

        id = str(self.id)

        opinions = []
        for opinions_item_data in self.opinions:
            opinions_item = opinions_item_data.to_dict()
            opinions.append(opinions_item)

        topic = self.topic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "concluded_at": concluded_at,
                "concluded_by": concluded_by,
                "conclusion": conclusion,
                "convened_at": convened_at,
                "convened_by": convened_by,
                "departments": departments,
                "id": id,
                "opinions": opinions,
                "topic": topic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opinion_read import OpinionRead  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        def _parse_concluded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                concluded_at_type_0 = datetime.datetime.fromisoformat(data)

                return concluded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        concluded_at = _parse_concluded_at(d.pop("concluded_at"))

        def _parse_concluded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        concluded_by = _parse_concluded_by(d.pop("concluded_by"))

        def _parse_conclusion(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conclusion = _parse_conclusion(d.pop("conclusion"))

        convened_at = datetime.datetime.fromisoformat(d.pop("convened_at"))

        convened_by = d.pop("convened_by")

        departments = cast(list[str], d.pop("departments"))

        id = UUID(d.pop("id"))

        opinions = []
        _opinions = d.pop("opinions")
        for opinions_item_data in _opinions:
            opinions_item = OpinionRead.from_dict(opinions_item_data)

            opinions.append(opinions_item)

        topic = d.pop("topic")

        conference_read = cls(
            application_id=application_id,
            concluded_at=concluded_at,
            concluded_by=concluded_by,
            conclusion=conclusion,
            convened_at=convened_at,
            convened_by=convened_by,
            departments=departments,
            id=id,
            opinions=opinions,
            topic=topic,
        )

        conference_read.additional_properties = d
        return conference_read

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
