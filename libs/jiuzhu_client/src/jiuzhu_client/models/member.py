from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_capacity_to_work_type_0 import (
    MemberCapacityToWorkType0,
    check_member_capacity_to_work_type_0,
)
from ..models.member_disability_category_type_0 import (
    MemberDisabilityCategoryType0,
    check_member_disability_category_type_0,
)
from ..models.member_exclusion_type_0 import MemberExclusionType0, check_member_exclusion_type_0
from ..models.member_sex_type_0 import MemberSexType0, check_member_sex_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A declared member of the household (contract `Member`).

    Attributes:
        id_number (str):
        member_id (str):
        birth_date (datetime.date | None | Unset):
        capacity_to_work (MemberCapacityToWorkType0 | None | Unset):
        chronic_illness (bool | Unset):  Default: False.
        co_resident (bool | Unset):  Default: True.
        disability_category (MemberDisabilityCategoryType0 | None | Unset):
        disability_grade (int | None | Unset):
        employment (None | str | Unset):
        exclusion (MemberExclusionType0 | None | Unset):
        has_able_supporter (bool | None | Unset):
        name (None | str | Unset):
        relation (str | Unset):  Default: 'other'.
        school_stage (None | str | Unset):
        serious_illness (bool | Unset):  Default: False.
        sex (MemberSexType0 | None | Unset):
        veteran (bool | Unset):  Default: False.
    """

    id_number: str
    member_id: str
    birth_date: datetime.date | None | Unset = UNSET
    capacity_to_work: MemberCapacityToWorkType0 | None | Unset = UNSET
    chronic_illness: bool | Unset = False
    co_resident: bool | Unset = True
    disability_category: MemberDisabilityCategoryType0 | None | Unset = UNSET
    disability_grade: int | None | Unset = UNSET
    employment: None | str | Unset = UNSET
    exclusion: MemberExclusionType0 | None | Unset = UNSET
    has_able_supporter: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    relation: str | Unset = "other"
    school_stage: None | str | Unset = UNSET
    serious_illness: bool | Unset = False
    sex: MemberSexType0 | None | Unset = UNSET
    veteran: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        member_id = self.member_id

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        capacity_to_work: None | str | Unset
        if isinstance(self.capacity_to_work, Unset):
            capacity_to_work = UNSET
        elif isinstance(self.capacity_to_work, str):
            capacity_to_work = self.capacity_to_work
        else:
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

        employment: None | str | Unset
        if isinstance(self.employment, Unset):
            employment = UNSET
        else:
            employment = self.employment

        exclusion: None | str | Unset
        if isinstance(self.exclusion, Unset):
            exclusion = UNSET
        elif isinstance(self.exclusion, str):
            exclusion = self.exclusion
        else:
            exclusion = self.exclusion

        has_able_supporter: bool | None | Unset
        if isinstance(self.has_able_supporter, Unset):
            has_able_supporter = UNSET
        else:
            has_able_supporter = self.has_able_supporter

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        relation = self.relation

        school_stage: None | str | Unset
        if isinstance(self.school_stage, Unset):
            school_stage = UNSET
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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_number": id_number,
                "member_id": member_id,
            }
        )
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
        if name is not UNSET:
            field_dict["name"] = name
        if relation is not UNSET:
            field_dict["relation"] = relation
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
        d = dict(src_dict)
        id_number = d.pop("id_number")

        member_id = d.pop("member_id")

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

        def _parse_capacity_to_work(data: object) -> MemberCapacityToWorkType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capacity_to_work_type_0 = check_member_capacity_to_work_type_0(data)

                return capacity_to_work_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberCapacityToWorkType0 | None | Unset, data)

        capacity_to_work = _parse_capacity_to_work(d.pop("capacity_to_work", UNSET))

        chronic_illness = d.pop("chronic_illness", UNSET)

        co_resident = d.pop("co_resident", UNSET)

        def _parse_disability_category(
            data: object,
        ) -> MemberDisabilityCategoryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disability_category_type_0 = check_member_disability_category_type_0(data)

                return disability_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberDisabilityCategoryType0 | None | Unset, data)

        disability_category = _parse_disability_category(d.pop("disability_category", UNSET))

        def _parse_disability_grade(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disability_grade = _parse_disability_grade(d.pop("disability_grade", UNSET))

        def _parse_employment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employment = _parse_employment(d.pop("employment", UNSET))

        def _parse_exclusion(data: object) -> MemberExclusionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exclusion_type_0 = check_member_exclusion_type_0(data)

                return exclusion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberExclusionType0 | None | Unset, data)

        exclusion = _parse_exclusion(d.pop("exclusion", UNSET))

        def _parse_has_able_supporter(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_able_supporter = _parse_has_able_supporter(d.pop("has_able_supporter", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        relation = d.pop("relation", UNSET)

        def _parse_school_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        school_stage = _parse_school_stage(d.pop("school_stage", UNSET))

        serious_illness = d.pop("serious_illness", UNSET)

        def _parse_sex(data: object) -> MemberSexType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = check_member_sex_type_0(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberSexType0 | None | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        veteran = d.pop("veteran", UNSET)

        member = cls(
            id_number=id_number,
            member_id=member_id,
            birth_date=birth_date,
            capacity_to_work=capacity_to_work,
            chronic_illness=chronic_illness,
            co_resident=co_resident,
            disability_category=disability_category,
            disability_grade=disability_grade,
            employment=employment,
            exclusion=exclusion,
            has_able_supporter=has_able_supporter,
            name=name,
            relation=relation,
            school_stage=school_stage,
            serious_illness=serious_illness,
            sex=sex,
            veteran=veteran,
        )

        member.additional_properties = d
        return member

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
