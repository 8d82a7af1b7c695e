from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_value_in_brackets_type_0_item import ParameterValueInBracketsType0Item


T = TypeVar("T", bound="ParameterValueIn")


@_attrs_define
class ParameterValueIn:
    """A new dated value of a parameter for a region; publishing it makes a new catalog version.

    Attributes:
        from_ (datetime.date):
        region (str):
        source (str):
        brackets (list[ParameterValueInBracketsType0Item] | None | Unset):
        confirmed (bool | Unset):  Default: True.
        note (None | str | Unset):
        until (datetime.date | None | Unset):
        value (None | str | Unset):
    """

    from_: datetime.date
    region: str
    source: str
    brackets: list[ParameterValueInBracketsType0Item] | None | Unset = UNSET
    confirmed: bool | Unset = True
    note: None | str | Unset = UNSET
    until: datetime.date | None | Unset = UNSET
    value: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        region = self.region

        source = self.source

        brackets: list[dict[str, Any]] | None | Unset
        if isinstance(self.brackets, Unset):
            brackets = UNSET
        elif isinstance(self.brackets, list):
            brackets = []
            for brackets_type_0_item_data in self.brackets:
                brackets_type_0_item = brackets_type_0_item_data.to_dict()
                brackets.append(brackets_type_0_item)

        else:
            brackets = self.brackets

        confirmed = self.confirmed

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        until: None | str | Unset
        if isinstance(self.until, Unset):
            until = UNSET
        elif isinstance(self.until, datetime.date):
            until = self.until.isoformat()
        else:
            until = self.until

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "region": region,
                "source": source,
            }
        )
        if brackets is not UNSET:
            field_dict["brackets"] = brackets
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if note is not UNSET:
            field_dict["note"] = note
        if until is not UNSET:
            field_dict["until"] = until
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_value_in_brackets_type_0_item import (
            ParameterValueInBracketsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        region = d.pop("region")

        source = d.pop("source")

        def _parse_brackets(data: object) -> list[ParameterValueInBracketsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                brackets_type_0 = []
                _brackets_type_0 = data
                for brackets_type_0_item_data in _brackets_type_0:
                    brackets_type_0_item = ParameterValueInBracketsType0Item.from_dict(
                        brackets_type_0_item_data
                    )

                    brackets_type_0.append(brackets_type_0_item)

                return brackets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ParameterValueInBracketsType0Item] | None | Unset, data)

        brackets = _parse_brackets(d.pop("brackets", UNSET))

        confirmed = d.pop("confirmed", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                until_type_0 = datetime.date.fromisoformat(data)

                return until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        until = _parse_until(d.pop("until", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        parameter_value_in = cls(
            from_=from_,
            region=region,
            source=source,
            brackets=brackets,
            confirmed=confirmed,
            note=note,
            until=until,
            value=value,
        )

        return parameter_value_in
