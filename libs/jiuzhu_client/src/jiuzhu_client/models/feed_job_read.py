from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FeedJobRead")


@_attrs_define
class FeedJobRead:
    """A feed job and its progress: rows read / accepted / rejected, and what the merge did.

    Attributes:
        attempts (int):
        compressed (bool):
        created_at (datetime.datetime):
        errors_url (str):
        failure (None | str):
        finished_at (datetime.datetime | None):
        format_ (str):
        id (UUID):
        records_created (int):
        records_superseded (int):
        records_unchanged (int):
        rows_accepted (int):
        rows_read (int):
        rows_rejected (int):
        sha256 (str):
        size_bytes (int):
        started_at (datetime.datetime | None):
        status (str):
    """

    attempts: int
    compressed: bool
    created_at: datetime.datetime
    errors_url: str
    failure: None | str
    finished_at: datetime.datetime | None
    format_: str
    id: UUID
    records_created: int
    records_superseded: int
    records_unchanged: int
    rows_accepted: int
    rows_read: int
    rows_rejected: int
    sha256: str
    size_bytes: int
    started_at: datetime.datetime | None
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        compressed = self.compressed

        created_at = self.created_at.isoformat()

        errors_url = self.errors_url

        failure: None | str
        failure = self.failure

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        format_ = self.format_

        id = str(self.id)

        records_created = self.records_created

        records_superseded = self.records_superseded

        records_unchanged = self.records_unchanged

        rows_accepted = self.rows_accepted

        rows_read = self.rows_read

        rows_rejected = self.rows_rejected

        sha256 = self.sha256

        size_bytes = self.size_bytes

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "compressed": compressed,
                "created_at": created_at,
                "errors_url": errors_url,
                "failure": failure,
                "finished_at": finished_at,
                "format": format_,
                "id": id,
                "records_created": records_created,
                "records_superseded": records_superseded,
                "records_unchanged": records_unchanged,
                "rows_accepted": rows_accepted,
                "rows_read": rows_read,
                "rows_rejected": rows_rejected,
                "sha256": sha256,
                "size_bytes": size_bytes,
                "started_at": started_at,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        compressed = d.pop("compressed")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        errors_url = d.pop("errors_url")

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

        format_ = d.pop("format")

        id = UUID(d.pop("id"))

        records_created = d.pop("records_created")

        records_superseded = d.pop("records_superseded")

        records_unchanged = d.pop("records_unchanged")

        rows_accepted = d.pop("rows_accepted")

        rows_read = d.pop("rows_read")

        rows_rejected = d.pop("rows_rejected")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

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

        feed_job_read = cls(
            attempts=attempts,
            compressed=compressed,
            created_at=created_at,
            errors_url=errors_url,
            failure=failure,
            finished_at=finished_at,
            format_=format_,
            id=id,
            records_created=records_created,
            records_superseded=records_superseded,
            records_unchanged=records_unchanged,
            rows_accepted=rows_accepted,
            rows_read=rows_read,
            rows_rejected=rows_rejected,
            sha256=sha256,
            size_bytes=size_bytes,
            started_at=started_at,
            status=status,
        )

        feed_job_read.additional_properties = d
        return feed_job_read

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
