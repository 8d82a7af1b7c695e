from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.policy_read_conditions_item import PolicyReadConditionsItem


T = TypeVar("T", bound="PolicyRead")


@_attrs_define
class PolicyRead:
    """
    Attributes:
        amount_monthly (str):
        amount_once (str):
        category (str):
        circle (int | None):
        code (str):
        conditions (list[PolicyReadConditionsItem]):
        covers_needs (list[str]):
        department (str):
        effective_from (datetime.date):
        effective_until (datetime.date | None):
        entity (str):
        exclusion_group (None | str):
        legal_reference (str):
        name_en (str):
        name_zh (str):
        parameters (list[str]): Parameters its conditions and amounts read
        regions (list[str]):
        required_documents (list[str]):
    """

    amount_monthly: str
    amount_once: str
    category: str
    circle: int | None
    code: str
    conditions: list[PolicyReadConditionsItem]
    covers_needs: list[str]
    department: str
    effective_from: datetime.date
    effective_until: datetime.date | None
    entity: str
    exclusion_group: None | str
    legal_reference: str
    name_en: str
    name_zh: str
    parameters: list[str]
    regions: list[str]
    required_documents: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_monthly = self.amount_monthly

        amount_once = self.amount_once

        category = self.category

        circle: int | None
        circle = self.circle

        code = self.code

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        covers_needs = self.covers_needs

        department = self.department

        effective_from = self.effective_from.isoformat()

        effective_until: None | str
        if isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until

        entity = self.entity

        exclusion_group: None | str
        exclusion_group = self.exclusion_group

        legal_reference = self.legal_reference

        name_en = self.name_en

        name_zh = self.name_zh

        parameters = self.parameters

        regions = self.regions

        required_documents = self.required_documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_monthly": amount_monthly,
                "amount_once": amount_once,
                "category": category,
                "circle": circle,
                "code": code,
                "conditions": conditions,
                "covers_needs": covers_needs,
                "department": department,
                "effective_from": effective_from,
                "effective_until": effective_until,
                "entity": entity,
                "exclusion_group": exclusion_group,
                "legal_reference": legal_reference,
                "name_en": name_en,
                "name_zh": name_zh,
                "parameters": parameters,
                "regions": regions,
                "required_documents": required_documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_read_conditions_item import PolicyReadConditionsItem  # noqa: PLC0415

        d = dict(src_dict)
        amount_monthly = d.pop("amount_monthly")

        amount_once = d.pop("amount_once")

        category = d.pop("category")

        def _parse_circle(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        circle = _parse_circle(d.pop("circle"))

        code = d.pop("code")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = PolicyReadConditionsItem.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        covers_needs = cast(list[str], d.pop("covers_needs"))

        department = d.pop("department")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        def _parse_effective_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_until_type_0 = datetime.date.fromisoformat(data)

                return effective_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_until = _parse_effective_until(d.pop("effective_until"))

        entity = d.pop("entity")

        def _parse_exclusion_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exclusion_group = _parse_exclusion_group(d.pop("exclusion_group"))

        legal_reference = d.pop("legal_reference")

        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        parameters = cast(list[str], d.pop("parameters"))

        regions = cast(list[str], d.pop("regions"))

        required_documents = cast(list[str], d.pop("required_documents"))

        policy_read = cls(
            amount_monthly=amount_monthly,
            amount_once=amount_once,
            category=category,
            circle=circle,
            code=code,
            conditions=conditions,
            covers_needs=covers_needs,
            department=department,
            effective_from=effective_from,
            effective_until=effective_until,
            entity=entity,
            exclusion_group=exclusion_group,
            legal_reference=legal_reference,
            name_en=name_en,
            name_zh=name_zh,
            parameters=parameters,
            regions=regions,
            required_documents=required_documents,
        )

        policy_read.additional_properties = d
        return policy_read

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
