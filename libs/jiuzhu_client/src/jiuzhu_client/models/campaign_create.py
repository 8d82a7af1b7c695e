from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="CampaignCreate")


@_attrs_define
class CampaignCreate:
    """
    Attributes:
        closes_at (datetime.datetime):
        leader_person_id (UUID): A person with the group_buy_leader role
        station_name (str):
        title (str):
        town_code (str): The township/street (乡镇/街道)
    """

    closes_at: datetime.datetime
    leader_person_id: UUID
    station_name: str
    title: str
    town_code: str

    def to_dict(self) -> dict[str, Any]:
        closes_at = self.closes_at.isoformat()

        leader_person_id = str(self.leader_person_id)

        station_name = self.station_name

        title = self.title

        town_code = self.town_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closes_at": closes_at,
                "leader_person_id": leader_person_id,
                "station_name": station_name,
                "title": title,
                "town_code": town_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        leader_person_id = UUID(d.pop("leader_person_id"))

        station_name = d.pop("station_name")

        title = d.pop("title")

        town_code = d.pop("town_code")

        campaign_create = cls(
            closes_at=closes_at,
            leader_person_id=leader_person_id,
            station_name=station_name,
            title=title,
            town_code=town_code,
        )

        return campaign_create
