from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.warning_read_state import WarningReadState, check_warning_read_state

if TYPE_CHECKING:
    from ..models.evidence_read import EvidenceRead
    from ..models.warning_household_read import WarningHouseholdRead


T = TypeVar("T", bound="WarningRead")


@_attrs_define
class WarningRead:
    """
    Attributes:
        assigned_region (str):
        concluded_at (datetime.datetime | None):
        deadline_on (datetime.date):
        dismissal_reason (None | str):
        dispatched_at (datetime.datetime | None):
        escalated_at (datetime.datetime | None):
        escalated_to (None | str):
        event_count (int):
        evidence (list[EvidenceRead]):
        figure_yuan (None | str):
        household (WarningHouseholdRead):
        id (int):
        overdue (bool):
        raised_at (datetime.datetime):
        reason_zh (str):
        rule_code (str):
        rule_kind (str):
        rule_version (int):
        severity (str):
        state (WarningReadState):
        subject_id_number_masked (None | str):
        visit_started_at (datetime.datetime | None):
        window_from (datetime.date):
        window_to (datetime.date):
    """

    assigned_region: str
    concluded_at: datetime.datetime | None
    deadline_on: datetime.date
    dismissal_reason: None | str
    dispatched_at: datetime.datetime | None
    escalated_at: datetime.datetime | None
    escalated_to: None | str
    event_count: int
    evidence: list[EvidenceRead]
    figure_yuan: None | str
    household: WarningHouseholdRead
    id: int
    overdue: bool
    raised_at: datetime.datetime
    reason_zh: str
    rule_code: str
    rule_kind: str
    rule_version: int
    severity: str
    state: WarningReadState
    subject_id_number_masked: None | str
    visit_started_at: datetime.datetime | None
    window_from: datetime.date
    window_to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_region = self.assigned_region

        concluded_at: None | str
        if isinstance(self.concluded_at, datetime.datetime):
            concluded_at = self.concluded_at.isoformat()
        else:
            concluded_at = self.concluded_at

        deadline_on = self.deadline_on.isoformat()

        dismissal_reason: None | str
        dismissal_reason = self.dismissal_reason

        dispatched_at: None | str
        if isinstance(self.dispatched_at, datetime.datetime):
            dispatched_at = self.dispatched_at.isoformat()
        else:
            dispatched_at = self.dispatched_at

        escalated_at: None | str
        if isinstance(self.escalated_at, datetime.datetime):
            escalated_at = self.escalated_at.isoformat()
        else:
            escalated_at = self.escalated_at

        escalated_to: None | str
        escalated_to = self.escalated_to

        event_count = self.event_count

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        figure_yuan: None | str
        figure_yuan = self.figure_yuan

        household = self.household.to_dict()

        id = self.id

        overdue = self.overdue

        raised_at = self.raised_at.isoformat()

        reason_zh = self.reason_zh

        rule_code = self.rule_code

        rule_kind = self.rule_kind

        rule_version = self.rule_version

        severity = self.severity

        state: str = self.state

        subject_id_number_masked: None | str
        subject_id_number_masked = self.subject_id_number_masked

        visit_started_at: None | str
        if isinstance(self.visit_started_at, datetime.datetime):
            visit_started_at = self.visit_started_at.isoformat()
        else:
            visit_started_at = self.visit_started_at

        window_from = self.window_from.isoformat()

        window_to = self.window_to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_region": assigned_region,
                "concluded_at": concluded_at,
                "deadline_on": deadline_on,
                "dismissal_reason": dismissal_reason,
                "dispatched_at": dispatched_at,
                "escalated_at": escalated_at,
                "escalated_to": escalated_to,
                "event_count": event_count,
                "evidence": evidence,
                "figure_yuan": figure_yuan,
                "household": household,
                "id": id,
                "overdue": overdue,
                "raised_at": raised_at,
                "reason_zh": reason_zh,
                "rule_code": rule_code,
                "rule_kind": rule_kind,
                "rule_version": rule_version,
                "severity": severity,
                "state": state,
                "subject_id_number_masked": subject_id_number_masked,
                "visit_started_at": visit_started_at,
                "window_from": window_from,
                "window_to": window_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_read import EvidenceRead  # noqa: PLC0415
        from ..models.warning_household_read import WarningHouseholdRead  # noqa: PLC0415

        d = dict(src_dict)
        assigned_region = d.pop("assigned_region")

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

        deadline_on = datetime.date.fromisoformat(d.pop("deadline_on"))

        def _parse_dismissal_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dismissal_reason = _parse_dismissal_reason(d.pop("dismissal_reason"))

        def _parse_dispatched_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dispatched_at_type_0 = datetime.datetime.fromisoformat(data)

                return dispatched_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        dispatched_at = _parse_dispatched_at(d.pop("dispatched_at"))

        def _parse_escalated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                escalated_at_type_0 = datetime.datetime.fromisoformat(data)

                return escalated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        escalated_at = _parse_escalated_at(d.pop("escalated_at"))

        def _parse_escalated_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        escalated_to = _parse_escalated_to(d.pop("escalated_to"))

        event_count = d.pop("event_count")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvidenceRead.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        def _parse_figure_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        figure_yuan = _parse_figure_yuan(d.pop("figure_yuan"))

        household = WarningHouseholdRead.from_dict(d.pop("household"))

        id = d.pop("id")

        overdue = d.pop("overdue")

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        reason_zh = d.pop("reason_zh")

        rule_code = d.pop("rule_code")

        rule_kind = d.pop("rule_kind")

        rule_version = d.pop("rule_version")

        severity = d.pop("severity")

        state = check_warning_read_state(d.pop("state"))

        def _parse_subject_id_number_masked(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_id_number_masked = _parse_subject_id_number_masked(
            d.pop("subject_id_number_masked")
        )

        def _parse_visit_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visit_started_at_type_0 = datetime.datetime.fromisoformat(data)

                return visit_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        visit_started_at = _parse_visit_started_at(d.pop("visit_started_at"))

        window_from = datetime.date.fromisoformat(d.pop("window_from"))

        window_to = datetime.date.fromisoformat(d.pop("window_to"))

        warning_read = cls(
            assigned_region=assigned_region,
            concluded_at=concluded_at,
            deadline_on=deadline_on,
            dismissal_reason=dismissal_reason,
            dispatched_at=dispatched_at,
            escalated_at=escalated_at,
            escalated_to=escalated_to,
            event_count=event_count,
            evidence=evidence,
            figure_yuan=figure_yuan,
            household=household,
            id=id,
            overdue=overdue,
            raised_at=raised_at,
            reason_zh=reason_zh,
            rule_code=rule_code,
            rule_kind=rule_kind,
            rule_version=rule_version,
            severity=severity,
            state=state,
            subject_id_number_masked=subject_id_number_masked,
            visit_started_at=visit_started_at,
            window_from=window_from,
            window_to=window_to,
        )

        warning_read.additional_properties = d
        return warning_read

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
