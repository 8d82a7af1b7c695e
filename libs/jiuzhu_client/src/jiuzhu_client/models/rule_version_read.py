from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rule_read import RuleRead


T = TypeVar("T", bound="RuleVersionRead")


@_attrs_define
class RuleVersionRead:
    """
    Attributes:
        published_at (datetime.datetime | None):
        published_by (str):
        rules (list[RuleRead]):
        version (int):
    """

    published_at: datetime.datetime | None
    published_by: str
    rules: list[RuleRead]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by = self.published_by

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "published_at": published_at,
                "published_by": published_by,
                "rules": rules,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        published_by = d.pop("published_by")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleRead.from_dict(rules_item_data)

            rules.append(rules_item)

        version = d.pop("version")

        rule_version_read = cls(
            published_at=published_at,
            published_by=published_by,
            rules=rules,
            version=version,
        )

        rule_version_read.additional_properties = d
        return rule_version_read

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
