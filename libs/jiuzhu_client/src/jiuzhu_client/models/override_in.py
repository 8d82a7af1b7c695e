from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OverrideIn")


@_attrs_define
class OverrideIn:
    """A parameter value for a region from a date: either `value` or `scale` (× the value in force).

    Attributes:
        from_ (datetime.date):
        parameter (str):
        region (str):
        scale (float | None | str | Unset):
        value (float | None | str | Unset):
    """

    from_: datetime.date
    parameter: str
    region: str
    scale: float | None | str | Unset = UNSET
    value: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        parameter = self.parameter

        region = self.region

        scale: float | None | str | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        value: float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "parameter": parameter,
                "region": region,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        parameter = d.pop("parameter")

        region = d.pop("region")

        def _parse_scale(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        def _parse_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        override_in = cls(
            from_=from_,
            parameter=parameter,
            region=region,
            scale=scale,
            value=value,
        )

        return override_in
