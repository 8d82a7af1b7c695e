from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_facts_capacity_to_work import (
    MemberFactsCapacityToWork,
    check_member_facts_capacity_to_work,
)
from ..models.member_facts_disability_category_type_0 import (
    MemberFactsDisabilityCategoryType0,
    check_member_facts_disability_category_type_0,
)
from ..models.member_facts_employment import MemberFactsEmployment, check_member_facts_employment
from ..models.member_facts_relation import MemberFactsRelation, check_member_facts_relation
from ..models.member_facts_school_stage_type_0 import (
    MemberFactsSchoolStageType0,
    check_member_facts_school_stage_type_0,
)
from ..models.member_facts_sex import MemberFactsSex, check_member_facts_sex

T = TypeVar("T", bound="MemberFacts")


@_attrs_define
class MemberFacts:
    """
    Attributes:
        age (int):
        capacity_to_work (MemberFactsCapacityToWork):
        chronic_illness (bool):
        co_resident (bool):
        disability_category (MemberFactsDisabilityCategoryType0 | None):
        disability_grade (int | None):
        employment (MemberFactsEmployment):
        excluded (bool): clergy away 3+ years, in prison/compulsory rehab, missing
        has_able_supporter (bool):
        orphan (bool):
        person_id (str):
        relation (MemberFactsRelation):
        school_stage (MemberFactsSchoolStageType0 | None):
        serious_illness (bool):
        sex (MemberFactsSex):
        veteran (bool):
    """

    age: int
    capacity_to_work: MemberFactsCapacityToWork
    chronic_illness: bool
    co_resident: bool
    disability_category: MemberFactsDisabilityCategoryType0 | None
    disability_grade: int | None
    employment: MemberFactsEmployment
    excluded: bool
    has_able_supporter: bool
    orphan: bool
    person_id: str
    relation: MemberFactsRelation
    school_stage: MemberFactsSchoolStageType0 | None
    serious_illness: bool
    sex: MemberFactsSex
    veteran: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age = self.age

        capacity_to_work: str = self.capacity_to_work

        chronic_illness = self.chronic_illness

        co_resident = self.co_resident

        disability_category: None | str
        if isinstance(self.disability_category, str):
            disability_category = self.disability_category
        else:
            disability_category = self.disability_category

        disability_grade: int | None
        disability_grade = self.disability_grade

        employment: str = self.employment

        excluded = self.excluded

        has_able_supporter = self.has_able_supporter

        orphan = self.orphan

        person_id = self.person_id

        relation: str = self.relation

        school_stage: None | str
        if isinstance(self.school_stage, str):
            school_stage = self.school_stage
        else:
            school_stage = self.school_stage

        serious_illness = self.serious_illness

        sex: str = self.sex

        veteran = self.veteran

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age": age,
                "capacity_to_work": capacity_to_work,
                "chronic_illness": chronic_illness,
                "co_resident": co_resident,
                "disability_category": disability_category,
                "disability_grade": disability_grade,
                "employment": employment,
                "excluded": excluded,
                "has_able_supporter": has_able_supporter,
                "orphan": orphan,
                "person_id": person_id,
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
        d = dict(src_dict)
        age = d.pop("age")

        capacity_to_work = check_member_facts_capacity_to_work(d.pop("capacity_to_work"))

        chronic_illness = d.pop("chronic_illness")

        co_resident = d.pop("co_resident")

        def _parse_disability_category(data: object) -> MemberFactsDisabilityCategoryType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disability_category_type_0 = check_member_facts_disability_category_type_0(data)

                return disability_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberFactsDisabilityCategoryType0 | None, data)

        disability_category = _parse_disability_category(d.pop("disability_category"))

        def _parse_disability_grade(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        disability_grade = _parse_disability_grade(d.pop("disability_grade"))

        employment = check_member_facts_employment(d.pop("employment"))

        excluded = d.pop("excluded")

        has_able_supporter = d.pop("has_able_supporter")

        orphan = d.pop("orphan")

        person_id = d.pop("person_id")

        relation = check_member_facts_relation(d.pop("relation"))

        def _parse_school_stage(data: object) -> MemberFactsSchoolStageType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                school_stage_type_0 = check_member_facts_school_stage_type_0(data)

                return school_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberFactsSchoolStageType0 | None, data)

        school_stage = _parse_school_stage(d.pop("school_stage"))

        serious_illness = d.pop("serious_illness")

        sex = check_member_facts_sex(d.pop("sex"))

        veteran = d.pop("veteran")

        member_facts = cls(
            age=age,
            capacity_to_work=capacity_to_work,
            chronic_illness=chronic_illness,
            co_resident=co_resident,
            disability_category=disability_category,
            disability_grade=disability_grade,
            employment=employment,
            excluded=excluded,
            has_able_supporter=has_able_supporter,
            orphan=orphan,
            person_id=person_id,
            relation=relation,
            school_stage=school_stage,
            serious_illness=serious_illness,
            sex=sex,
            veteran=veteran,
        )

        member_facts.additional_properties = d
        return member_facts

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
