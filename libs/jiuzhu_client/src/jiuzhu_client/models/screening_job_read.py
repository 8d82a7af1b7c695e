from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScreeningJobRead")


@_attrs_define
class ScreeningJobRead:
    """
    Attributes:
        as_of (datetime.date):
        created_at (datetime.datetime):
        failure (None | str):
        finished_at (datetime.datetime | None):
        id (UUID):
        rule_version (int | None):
        rules_done (int):
        rules_total (int):
        started_at (datetime.datetime | None):
        status (str):
        warnings_raised (int):
    """

    as_of: datetime.date
    created_at: datetime.datetime
    failure: None | str
    finished_at: datetime.datetime | None
    id: UUID
    rule_version: int | None
    rules_done: int
    rules_total: int
    started_at: datetime.datetime | None
    status: str
    warnings_raised: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        created_at = self.created_at.isoformat()

        failure: None | str
        failure = self.failure

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = str(self.id)

        rule_version: int | None
        rule_version = self.rule_version

        rules_done = self.rules_done

        rules_total = self.rules_total

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status

        warnings_raised = self.warnings_raised

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "created_at": created_at,
                "failure": failure,
                "finished_at": finished_at,
                "id": id,
                "rule_version": rule_version,
                "rules_done": rules_done,
                "rules_total": rules_total,
                "started_at": started_at,
                "status": status,
                "warnings_raised": warnings_raised,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_failure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure = _parse_failure(d.pop("failure"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        id = UUID(d.pop("id"))

        def _parse_rule_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rule_version = _parse_rule_version(d.pop("rule_version"))

        rules_done = d.pop("rules_done")

        rules_total = d.pop("rules_total")

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = d.pop("status")

        warnings_raised = d.pop("warnings_raised")

        screening_job_read = cls(
            as_of=as_of,
            created_at=created_at,
            failure=failure,
            finished_at=finished_at,
            id=id,
            rule_version=rule_version,
            rules_done=rules_done,
            rules_total=rules_total,
            started_at=started_at,
            status=status,
            warnings_raised=warnings_raised,
        )

        screening_job_read.additional_properties = d
        return screening_job_read

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
