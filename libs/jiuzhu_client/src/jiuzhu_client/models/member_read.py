from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_declared_output import AssetDeclaredOutput
    from ..models.income_declared_output import IncomeDeclaredOutput


T = TypeVar("T", bound="MemberRead")


@_attrs_define
class MemberRead:
    """
    Attributes:
        assets (list[AssetDeclaredOutput]):
        birth_date (datetime.date):
        capacity_to_work (str):
        chronic_illness (bool):
        co_resident (bool):
        disability_category (None | str):
        disability_grade (int | None):
        employment (str):
        exclusion (None | str):
        has_able_supporter (bool):
        id (UUID):
        id_number (str): Masked unless the reader's role needs it
        incomes (list[IncomeDeclaredOutput]):
        name (str):
        phone (None | str):
        relation (str):
        school_stage (None | str):
        serious_illness (bool):
        sex (str):
        veteran (bool):
    """

    assets: list[AssetDeclaredOutput]
    birth_date: datetime.date
    capacity_to_work: str
    chronic_illness: bool
    co_resident: bool
    disability_category: None | str
    disability_grade: int | None
    employment: str
    exclusion: None | str
    has_able_supporter: bool
    id: UUID
    id_number: str
    incomes: list[IncomeDeclaredOutput]
    name: str
    phone: None | str
    relation: str
    school_stage: None | str
    serious_illness: bool
    sex: str
    veteran: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        birth_date = self.birth_date.isoformat()

        capacity_to_work = self.capacity_to_work

        chronic_illness = self.chronic_illness

        co_resident = self.co_resident

        disability_category: None | str
        disability_category = self.disability_category

        disability_grade: int | None
        disability_grade = self.disability_grade

        employment = self.employment

        exclusion: None | str
        exclusion = self.exclusion

        has_able_supporter = self.has_able_supporter

        id = str(self.id)

        id_number = self.id_number

        incomes = []
        for incomes_item_data in self.incomes:
            incomes_item = incomes_item_data.to_dict()
            incomes.append(incomes_item)

        name = self.name

        phone: None | str
        phone = self.phone

        relation = self.relation

        school_stage: None | str
        school_stage = self.school_stage

        serious_illness = self.serious_illness

        sex = self.sex

        veteran = self.veteran

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "birth_date": birth_date,
                "capacity_to_work": capacity_to_work,
                "chronic_illness": chronic_illness,
                "co_resident": co_resident,
                "disability_category": disability_category,
                "disability_grade": disability_grade,
                "employment": employment,
                "exclusion": exclusion,
                "has_able_supporter": has_able_supporter,
                "id": id,
                "id_number": id_number,
                "incomes": incomes,
                "name": name,
                "phone": phone,
                "relation": relation,
                "school_stage": school_stage,
                "serious_illness": serious_illness,
                "sex": sex,
                "veteran": veteran,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_declared_output import AssetDeclaredOutput  # noqa: PLC0415
        from ..models.income_declared_output import IncomeDeclaredOutput  # noqa: PLC0415

        d = dict(src_dict)
        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = AssetDeclaredOutput.from_dict(assets_item_data)

            assets.append(assets_item)

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))

        capacity_to_work = d.pop("capacity_to_work")

        chronic_illness = d.pop("chronic_illness")

        co_resident = d.pop("co_resident")

        def _parse_disability_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disability_category = _parse_disability_category(d.pop("disability_category"))

        def _parse_disability_grade(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        disability_grade = _parse_disability_grade(d.pop("disability_grade"))

        employment = d.pop("employment")

        def _parse_exclusion(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exclusion = _parse_exclusion(d.pop("exclusion"))

        has_able_supporter = d.pop("has_able_supporter")

        id = UUID(d.pop("id"))

        id_number = d.pop("id_number")

        incomes = []
        _incomes = d.pop("incomes")
        for incomes_item_data in _incomes:
            incomes_item = IncomeDeclaredOutput.from_dict(incomes_item_data)

            incomes.append(incomes_item)

        name = d.pop("name")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        relation = d.pop("relation")

        def _parse_school_stage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        school_stage = _parse_school_stage(d.pop("school_stage"))

        serious_illness = d.pop("serious_illness")

        sex = d.pop("sex")

        veteran = d.pop("veteran")

        member_read = cls(
            assets=assets,
            birth_date=birth_date,
            capacity_to_work=capacity_to_work,
            chronic_illness=chronic_illness,
            co_resident=co_resident,
            disability_category=disability_category,
            disability_grade=disability_grade,
            employment=employment,
            exclusion=exclusion,
            has_able_supporter=has_able_supporter,
            id=id,
            id_number=id_number,
            incomes=incomes,
            name=name,
            phone=phone,
            relation=relation,
            school_stage=school_stage,
            serious_illness=serious_illness,
            sex=sex,
            veteran=veteran,
        )

        member_read.additional_properties = d
        return member_read

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
