from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.member_create_capacity_to_work import (
    MemberCreateCapacityToWork,
    check_member_create_capacity_to_work,
)
from ..models.member_create_disability_category_type_0 import (
    MemberCreateDisabilityCategoryType0,
    check_member_create_disability_category_type_0,
)
from ..models.member_create_employment import MemberCreateEmployment, check_member_create_employment
from ..models.member_create_exclusion_type_0 import (
    MemberCreateExclusionType0,
    check_member_create_exclusion_type_0,
)
from ..models.member_create_relation import MemberCreateRelation, check_member_create_relation
from ..models.member_create_school_stage_type_0 import (
    MemberCreateSchoolStageType0,
    check_member_create_school_stage_type_0,
)
from ..models.member_create_sex_type_0 import MemberCreateSexType0, check_member_create_sex_type_0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_declared_input import AssetDeclaredInput
    from ..models.income_declared_input import IncomeDeclaredInput


T = TypeVar("T", bound="MemberCreate")


@_attrs_define
class MemberCreate:
    """
    Attributes:
        id_number (str): Resident ID (GB 11643), 18 characters
        name (str):
        relation (MemberCreateRelation):
        assets (list[AssetDeclaredInput] | Unset):
        birth_date (datetime.date | None | Unset): If given, must match the birth date in the ID number
        capacity_to_work (MemberCreateCapacityToWork | Unset):  Default: 'full'.
        chronic_illness (bool | Unset):  Default: False.
        co_resident (bool | Unset): 共同生活 Default: True.
        disability_category (MemberCreateDisabilityCategoryType0 | None | Unset):
        disability_grade (int | None | Unset): 残疾等级 1–4
        employment (MemberCreateEmployment | Unset):  Default: 'none'.
        exclusion (MemberCreateExclusionType0 | None | Unset): Why a listed person does not count as a household member
        has_able_supporter (bool | Unset):  Default: True.
        incomes (list[IncomeDeclaredInput] | Unset):
        phone (None | str | Unset):
        school_stage (MemberCreateSchoolStageType0 | None | Unset):
        serious_illness (bool | Unset): 重特大疾病 Default: False.
        sex (MemberCreateSexType0 | None | Unset): If given, must match the sex encoded in the ID number
        veteran (bool | Unset):  Default: False.
    """

    id_number: str
    name: str
    relation: MemberCreateRelation
    assets: list[AssetDeclaredInput] | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    capacity_to_work: MemberCreateCapacityToWork | Unset = "full"
    chronic_illness: bool | Unset = False
    co_resident: bool | Unset = True
    disability_category: MemberCreateDisabilityCategoryType0 | None | Unset = UNSET
    disability_grade: int | None | Unset = UNSET
    employment: MemberCreateEmployment | Unset = "none"
    exclusion: MemberCreateExclusionType0 | None | Unset = UNSET
    has_able_supporter: bool | Unset = True
    incomes: list[IncomeDeclaredInput] | Unset = UNSET
    phone: None | str | Unset = UNSET
    school_stage: MemberCreateSchoolStageType0 | None | Unset = UNSET
    serious_illness: bool | Unset = False
    sex: MemberCreateSexType0 | None | Unset = UNSET
    veteran: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        name = self.name

        relation: str = self.relation

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        capacity_to_work: str | Unset = UNSET
        if not isinstance(self.capacity_to_work, Unset):
            capacity_to_work = self.capacity_to_work

        chronic_illness = self.chronic_illness

        co_resident = self.co_resident

        disability_category: None | str | Unset
        if isinstance(self.disability_category, Unset):
            disability_category = UNSET
        elif isinstance(self.disability_category, str):
            disability_category = self.disability_category
        else:
            disability_category = self.disability_category

        disability_grade: int | None | Unset
        if isinstance(self.disability_grade, Unset):
            disability_grade = UNSET
        else:
            disability_grade = self.disability_grade

        employment: str | Unset = UNSET
        if not isinstance(self.employment, Unset):
            employment = self.employment

        exclusion: None | str | Unset
        if isinstance(self.exclusion, Unset):
            exclusion = UNSET
        elif isinstance(self.exclusion, str):
            exclusion = self.exclusion
        else:
            exclusion = self.exclusion

        has_able_supporter = self.has_able_supporter

        incomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.incomes, Unset):
            incomes = []
            for incomes_item_data in self.incomes:
                incomes_item = incomes_item_data.to_dict()
                incomes.append(incomes_item)

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        school_stage: None | str | Unset
        if isinstance(self.school_stage, Unset):
            school_stage = UNSET
        elif isinstance(self.school_stage, str):
            school_stage = self.school_stage
        else:
            school_stage = self.school_stage

        serious_illness = self.serious_illness

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, str):
            sex = self.sex
        else:
            sex = self.sex

        veteran = self.veteran

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_number": id_number,
                "name": name,
                "relation": relation,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if capacity_to_work is not UNSET:
            field_dict["capacity_to_work"] = capacity_to_work
        if chronic_illness is not UNSET:
            field_dict["chronic_illness"] = chronic_illness
        if co_resident is not UNSET:
            field_dict["co_resident"] = co_resident
        if disability_category is not UNSET:
            field_dict["disability_category"] = disability_category
        if disability_grade is not UNSET:
            field_dict["disability_grade"] = disability_grade
        if employment is not UNSET:
            field_dict["employment"] = employment
        if exclusion is not UNSET:
            field_dict["exclusion"] = exclusion
        if has_able_supporter is not UNSET:
            field_dict["has_able_supporter"] = has_able_supporter
        if incomes is not UNSET:
            field_dict["incomes"] = incomes
        if phone is not UNSET:
            field_dict["phone"] = phone
        if school_stage is not UNSET:
            field_dict["school_stage"] = school_stage
        if serious_illness is not UNSET:
            field_dict["serious_illness"] = serious_illness
        if sex is not UNSET:
            field_dict["sex"] = sex
        if veteran is not UNSET:
            field_dict["veteran"] = veteran

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_declared_input import AssetDeclaredInput  # noqa: PLC0415
        from ..models.income_declared_input import IncomeDeclaredInput  # noqa: PLC0415

        d = dict(src_dict)
        id_number = d.pop("id_number")

        name = d.pop("name")

        relation = check_member_create_relation(d.pop("relation"))

        _assets = d.pop("assets", UNSET)
        assets: list[AssetDeclaredInput] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = AssetDeclaredInput.from_dict(assets_item_data)

                assets.append(assets_item)

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        _capacity_to_work = d.pop("capacity_to_work", UNSET)
        capacity_to_work: MemberCreateCapacityToWork | Unset
        if isinstance(_capacity_to_work, Unset):
            capacity_to_work = UNSET
        else:
            capacity_to_work = check_member_create_capacity_to_work(_capacity_to_work)

        chronic_illness = d.pop("chronic_illness", UNSET)

        co_resident = d.pop("co_resident", UNSET)

        def _parse_disability_category(
            data: object,
        ) -> MemberCreateDisabilityCategoryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disability_category_type_0 = check_member_create_disability_category_type_0(data)

                return disability_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberCreateDisabilityCategoryType0 | None | Unset, data)

        disability_category = _parse_disability_category(d.pop("disability_category", UNSET))

        def _parse_disability_grade(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disability_grade = _parse_disability_grade(d.pop("disability_grade", UNSET))

        _employment = d.pop("employment", UNSET)
        employment: MemberCreateEmployment | Unset
        if isinstance(_employment, Unset):
            employment = UNSET
        else:
            employment = check_member_create_employment(_employment)

        def _parse_exclusion(data: object) -> MemberCreateExclusionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exclusion_type_0 = check_member_create_exclusion_type_0(data)

                return exclusion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberCreateExclusionType0 | None | Unset, data)

        exclusion = _parse_exclusion(d.pop("exclusion", UNSET))

        has_able_supporter = d.pop("has_able_supporter", UNSET)

        _incomes = d.pop("incomes", UNSET)
        incomes: list[IncomeDeclaredInput] | Unset = UNSET
        if _incomes is not UNSET:
            incomes = []
            for incomes_item_data in _incomes:
                incomes_item = IncomeDeclaredInput.from_dict(incomes_item_data)

                incomes.append(incomes_item)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_school_stage(data: object) -> MemberCreateSchoolStageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                school_stage_type_0 = check_member_create_school_stage_type_0(data)

                return school_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberCreateSchoolStageType0 | None | Unset, data)

        school_stage = _parse_school_stage(d.pop("school_stage", UNSET))

        serious_illness = d.pop("serious_illness", UNSET)

        def _parse_sex(data: object) -> MemberCreateSexType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = check_member_create_sex_type_0(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberCreateSexType0 | None | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        veteran = d.pop("veteran", UNSET)

        member_create = cls(
            id_number=id_number,
            name=name,
            relation=relation,
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
            incomes=incomes,
            phone=phone,
            school_stage=school_stage,
            serious_illness=serious_illness,
            sex=sex,
            veteran=veteran,
        )

        return member_create
