from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_read_conclusion import (
    AssessmentReadConclusion,
    check_assessment_read_conclusion,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_items import AssessmentItems
    from ..models.geo_point_output import GeoPointOutput
    from ..models.investigator import Investigator
    from ..models.neighbour_interview import NeighbourInterview
    from ..models.photo_metadata import PhotoMetadata


T = TypeVar("T", bound="AssessmentRead")


@_attrs_define
class AssessmentRead:
    """
    Attributes:
        application_id (UUID):
        conclusion (AssessmentReadConclusion):
        conclusion_text (str):
        created_at (datetime.datetime):
        household_id (UUID):
        id (UUID):
        investigators (list[Investigator]):
        items (AssessmentItems): The structured items of 生活状况综合评估.
        location (GeoPointOutput | None):
        neighbour_interviews (list[NeighbourInterview]):
        notes (None | str):
        photos (list[PhotoMetadata]):
        recorded_by (str):
        region_code (str):
        visited_at (datetime.datetime):
        double_check_concluded (bool | Unset):  Default: False.
    """

    application_id: UUID
    conclusion: AssessmentReadConclusion
    conclusion_text: str
    created_at: datetime.datetime
    household_id: UUID
    id: UUID
    investigators: list[Investigator]
    items: AssessmentItems
    location: GeoPointOutput | None
    neighbour_interviews: list[NeighbourInterview]
    notes: None | str
    photos: list[PhotoMetadata]
    recorded_by: str
    region_code: str
    visited_at: datetime.datetime
    double_check_concluded: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_point_output import GeoPointOutput  # noqa: PLC0415

        application_id = str(self.application_id)

        conclusion: str = self.conclusion

        conclusion_text = self.conclusion_text

        created_at = self.created_at.isoformat()

        household_id = str(self.household_id)

        id = str(self.id)

        investigators = []
        for investigators_item_data in self.investigators:
            investigators_item = investigators_item_data.to_dict()
            investigators.append(investigators_item)

        items = self.items.to_dict()

        location: dict[str, Any] | None
        if isinstance(self.location, GeoPointOutput):
            location = self.location.to_dict()
        else:
            location = self.location

        neighbour_interviews = []
        for neighbour_interviews_item_data in self.neighbour_interviews:
            neighbour_interviews_item = neighbour_interviews_item_data.to_dict()
            neighbour_interviews.append(neighbour_interviews_item)

        notes: None | str
        notes = self.notes

        photos = []
        for photos_item_data in self.photos:
            photos_item = photos_item_data.to_dict()
            photos.append(photos_item)

        recorded_by = self.recorded_by

        region_code = self.region_code

        visited_at = self.visited_at.isoformat()

        double_check_concluded = self.double_check_concluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "conclusion": conclusion,
                "conclusion_text": conclusion_text,
                "created_at": created_at,
                "household_id": household_id,
                "id": id,
                "investigators": investigators,
                "items": items,
                "location": location,
                "neighbour_interviews": neighbour_interviews,
                "notes": notes,
                "photos": photos,
                "recorded_by": recorded_by,
                "region_code": region_code,
                "visited_at": visited_at,
            }
        )
        if double_check_concluded is not UNSET:
            field_dict["double_check_concluded"] = double_check_concluded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_items import AssessmentItems  # noqa: PLC0415
        from ..models.geo_point_output import GeoPointOutput  # noqa: PLC0415
        from ..models.investigator import Investigator  # noqa: PLC0415
        from ..models.neighbour_interview import NeighbourInterview  # noqa: PLC0415
        from ..models.photo_metadata import PhotoMetadata  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        conclusion = check_assessment_read_conclusion(d.pop("conclusion"))

        conclusion_text = d.pop("conclusion_text")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        household_id = UUID(d.pop("household_id"))

        id = UUID(d.pop("id"))

        investigators = []
        _investigators = d.pop("investigators")
        for investigators_item_data in _investigators:
            investigators_item = Investigator.from_dict(investigators_item_data)

            investigators.append(investigators_item)

        items = AssessmentItems.from_dict(d.pop("items"))

        def _parse_location(data: object) -> GeoPointOutput | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = GeoPointOutput.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoPointOutput | None, data)

        location = _parse_location(d.pop("location"))

        neighbour_interviews = []
        _neighbour_interviews = d.pop("neighbour_interviews")
        for neighbour_interviews_item_data in _neighbour_interviews:
            neighbour_interviews_item = NeighbourInterview.from_dict(neighbour_interviews_item_data)

            neighbour_interviews.append(neighbour_interviews_item)

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        photos = []
        _photos = d.pop("photos")
        for photos_item_data in _photos:
            photos_item = PhotoMetadata.from_dict(photos_item_data)

            photos.append(photos_item)

        recorded_by = d.pop("recorded_by")

        region_code = d.pop("region_code")

        visited_at = datetime.datetime.fromisoformat(d.pop("visited_at"))

        double_check_concluded = d.pop("double_check_concluded", UNSET)

        assessment_read = cls(
            application_id=application_id,
            conclusion=conclusion,
            conclusion_text=conclusion_text,
            created_at=created_at,
            household_id=household_id,
            id=id,
            investigators=investigators,
            items=items,
            location=location,
            neighbour_interviews=neighbour_interviews,
            notes=notes,
            photos=photos,
            recorded_by=recorded_by,
            region_code=region_code,
            visited_at=visited_at,
            double_check_concluded=double_check_concluded,
        )

        assessment_read.additional_properties = d
        return assessment_read

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
