from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatusRead")


@_attrs_define
class StatusRead:
    """Plain-language status for the applicant (办理进度).

    Attributes:
        application_id (UUID):
        decision_due_on (datetime.date | None):
        next_step_zh (str):
        reasons_zh (list[str]):
        state (str):
        state_zh (str):
        summary_zh (str):
        waiting_for (None | str): A peer the application is waiting on, if any
    """

    application_id: UUID
    decision_due_on: datetime.date | None
    next_step_zh: str
    reasons_zh: list[str]
    state: str
    state_zh: str
    summary_zh: str
    waiting_for: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        decision_due_on: None | str
        if isinstance(self.decision_due_on, datetime.date):
            decision_due_on = self.decision_due_on.isoformat()
        else:
            decision_due_on = self.decision_due_on

        next_step_zh = self.next_step_zh

        reasons_zh = self.reasons_zh

        state = self.state

        state_zh = self.state_zh

        summary_zh = self.summary_zh

        waiting_for: None | str
        waiting_for = self.waiting_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "decision_due_on": decision_due_on,
                "next_step_zh": next_step_zh,
                "reasons_zh": reasons_zh,
                "state": state,
                "state_zh": state_zh,
                "summary_zh": summary_zh,
                "waiting_for": waiting_for,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        def _parse_decision_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_due_on_type_0 = datetime.date.fromisoformat(data)

                return decision_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decision_due_on = _parse_decision_due_on(d.pop("decision_due_on"))

        next_step_zh = d.pop("next_step_zh")

        reasons_zh = cast(list[str], d.pop("reasons_zh"))

        state = d.pop("state")

        state_zh = d.pop("state_zh")

        summary_zh = d.pop("summary_zh")

        def _parse_waiting_for(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        waiting_for = _parse_waiting_for(d.pop("waiting_for"))

        status_read = cls(
            application_id=application_id,
            decision_due_on=decision_due_on,
            next_step_zh=next_step_zh,
            reasons_zh=reasons_zh,
            state=state,
            state_zh=state_zh,
            summary_zh=summary_zh,
            waiting_for=waiting_for,
        )

        status_read.additional_properties = d
        return status_read

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
