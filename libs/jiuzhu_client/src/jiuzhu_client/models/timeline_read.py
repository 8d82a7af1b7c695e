from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimelineRead")


@_attrs_define
class TimelineRead:
    """
    Attributes:
        actor (str):
        actor_role (str):
        at (datetime.datetime):
        event (str):
        from_state (None | str):
        reason (None | str):
        to_state (None | str):
    """

    actor: str
    actor_role: str
    at: datetime.datetime
    event: str
    from_state: None | str
    reason: None | str
    to_state: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor = self.actor

        actor_role = self.actor_role

        at = self.at.isoformat()

        event = self.event

        from_state: None | str
        from_state = self.from_state

        reason: None | str
        reason = self.reason

        to_state: None | str
        to_state = self.to_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor": actor,
                "actor_role": actor_role,
                "at": at,
                "event": event,
                "from_state": from_state,
                "reason": reason,
                "to_state": to_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor = d.pop("actor")

        actor_role = d.pop("actor_role")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        event = d.pop("event")

        def _parse_from_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_state = _parse_from_state(d.pop("from_state"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_to_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_state = _parse_to_state(d.pop("to_state"))

        timeline_read = cls(
            actor=actor,
            actor_role=actor_role,
            at=at,
            event=event,
            from_state=from_state,
            reason=reason,
            to_state=to_state,
        )

        timeline_read.additional_properties = d
        return timeline_read

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
