from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.hotline_call_create_outcome import (
    HotlineCallCreateOutcome,
    check_hotline_call_create_outcome,
)
from ..models.hotline_call_create_topic import (
    HotlineCallCreateTopic,
    check_hotline_call_create_topic,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HotlineCallCreate")


@_attrs_define
class HotlineCallCreate:
    """A call to a hotline (红棉守护热线): one person-time of the hotline service.

    Attributes:
        duration_minutes (int):
        received_at (datetime.datetime):
        region_code (str): The caller's area
        resource_id (UUID): The hotline resource
        topic (HotlineCallCreateTopic):
        caller_phone (None | str | Unset): Stored masked only
        outcome (HotlineCallCreateOutcome | Unset):  Default: 'advised'.
    """

    duration_minutes: int
    received_at: datetime.datetime
    region_code: str
    resource_id: UUID
    topic: HotlineCallCreateTopic
    caller_phone: None | str | Unset = UNSET
    outcome: HotlineCallCreateOutcome | Unset = "advised"

    def to_dict(self) -> dict[str, Any]:
        duration_minutes = self.duration_minutes

        received_at = self.received_at.isoformat()

        region_code = self.region_code

        resource_id = str(self.resource_id)

        topic: str = self.topic

        caller_phone: None | str | Unset
        if isinstance(self.caller_phone, Unset):
            caller_phone = UNSET
        else:
            caller_phone = self.caller_phone

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "duration_minutes": duration_minutes,
                "received_at": received_at,
                "region_code": region_code,
                "resource_id": resource_id,
                "topic": topic,
            }
        )
        if caller_phone is not UNSET:
            field_dict["caller_phone"] = caller_phone
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duration_minutes = d.pop("duration_minutes")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        region_code = d.pop("region_code")

        resource_id = UUID(d.pop("resource_id"))

        topic = check_hotline_call_create_topic(d.pop("topic"))

        def _parse_caller_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_phone = _parse_caller_phone(d.pop("caller_phone", UNSET))

        _outcome = d.pop("outcome", UNSET)
        outcome: HotlineCallCreateOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = check_hotline_call_create_outcome(_outcome)

        hotline_call_create = cls(
            duration_minutes=duration_minutes,
            received_at=received_at,
            region_code=region_code,
            resource_id=resource_id,
            topic=topic,
            caller_phone=caller_phone,
            outcome=outcome,
        )

        return hotline_call_create
