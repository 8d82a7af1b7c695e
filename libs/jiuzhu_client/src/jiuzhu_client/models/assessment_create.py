from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.assessment_create_conclusion import (
    AssessmentCreateConclusion,
    check_assessment_create_conclusion,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_items import AssessmentItems
    from ..models.geo_point_input import GeoPointInput
    from ..models.investigator import Investigator
    from ..models.neighbour_interview import NeighbourInterview
    from ..models.photo_metadata import PhotoMetadata


T = TypeVar("T", bound="AssessmentCreate")


@_attrs_define
class AssessmentCreate:
    """
    Attributes:
        application_id (UUID):
        conclusion (AssessmentCreateConclusion):
        conclusion_text (str):
        household_id (UUID):
        investigators (list[Investigator]):
        items (AssessmentItems): The structured items of 生活状况综合评估.
        neighbour_interviews (list[NeighbourInterview]):
        region_code (str):
        visited_at (datetime.datetime):
        location (GeoPointInput | None | Unset):
        notes (None | str | Unset):
        photos (list[PhotoMetadata] | Unset):
    """

    application_id: UUID
    conclusion: AssessmentCreateConclusion
    conclusion_text: str
    household_id: UUID
    investigators: list[Investigator]
    items: AssessmentItems
    neighbour_interviews: list[NeighbourInterview]
    region_code: str
    visited_at: datetime.datetime
    location: GeoPointInput | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    photos: list[PhotoMetadata] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_point_input import GeoPointInput  # noqa: PLC0415

        application_id = str(self.application_id)

        conclusion: str = self.conclusion

        conclusion_text = self.conclusion_text

        household_id = str(self.household_id)

        investigators = []
        for investigators_item_data in self.investigators:
            investigators_item = investigators_item_data.to_dict()
            investigators.append(investigators_item)

        items = self.items.to_dict()

        neighbour_interviews = []
        for neighbour_interviews_item_data in self.neighbour_interviews:
            neighbour_interviews_item = neighbour_interviews_item_data.to_dict()
            neighbour_interviews.append(neighbour_interviews_item)

        region_code = self.region_code

        visited_at = self.visited_at.isoformat()

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, GeoPointInput):
            location = self.location.to_dict()
        else:
            location = self.location

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        photos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = []
            for photos_item_data in self.photos:
                photos_item = photos_item_data.to_dict()
                photos.append(photos_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "application_id": application_id,
                "conclusion": conclusion,
                "conclusion_text": conclusion_text,
                "household_id": household_id,
                "investigators": investigators,
                "items": items,
                "neighbour_interviews": neighbour_interviews,
                "region_code": region_code,
                "visited_at": visited_at,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if notes is not UNSET:
            field_dict["notes"] = notes
        if photos is not UNSET:
            field_dict["photos"] = photos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_items import AssessmentItems  # noqa: PLC0415
        from ..models.geo_point_input import GeoPointInput  # noqa: PLC0415
        from ..models.investigator import Investigator  # noqa: PLC0415
        from ..models.neighbour_interview import NeighbourInterview  # noqa: PLC0415
        from ..models.photo_metadata import PhotoMetadata  # noqa: PLC0415

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        conclusion = check_assessment_create_conclusion(d.pop("conclusion"))

        conclusion_text = d.pop("conclusion_text")

        household_id = UUID(d.pop("household_id"))

        investigators = []
        _investigators = d.pop("investigators")
        for investigators_item_data in _investigators:
            investigators_item = Investigator.from_dict(investigators_item_data)

            investigators.append(investigators_item)

        items = AssessmentItems.from_dict(d.pop("items"))

        neighbour_interviews = []
        _neighbour_interviews = d.pop("neighbour_interviews")
        for neighbour_interviews_item_data in _neighbour_interviews:
            neighbour_interviews_item = NeighbourInterview.from_dict(neighbour_interviews_item_data)

            neighbour_interviews.append(neighbour_interviews_item)

        region_code = d.pop("region_code")

        visited_at = datetime.datetime.fromisoformat(d.pop("visited_at"))

        def _parse_location(data: object) -> GeoPointInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = GeoPointInput.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoPointInput | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _photos = d.pop("photos", UNSET)
        photos: list[PhotoMetadata] | Unset = UNSET
        if _photos is not UNSET:
            photos = []
            for photos_item_data in _photos:
                photos_item = PhotoMetadata.from_dict(photos_item_data)

                photos.append(photos_item)

        assessment_create = cls(
            application_id=application_id,
            conclusion=conclusion,
            conclusion_text=conclusion_text,
            household_id=household_id,
            investigators=investigators,
            items=items,
            neighbour_interviews=neighbour_interviews,
            region_code=region_code,
            visited_at=visited_at,
            location=location,
            notes=notes,
            photos=photos,
        )

        return assessment_create
