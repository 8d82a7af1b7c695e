from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.application_create_kind import ApplicationCreateKind, check_application_create_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_grant import ConsentGrant
    from ..models.document_meta import DocumentMeta
    from ..models.household_create import HouseholdCreate
    from ..models.need import Need


T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """
    Attributes:
        kind (ApplicationCreateKind):
        consent (ConsentGrant | None | Unset):
        documents (list[DocumentMeta] | Unset):
        household (HouseholdCreate | None | Unset): Or declare the household with the application
        household_id (None | Unset | UUID): An existing household
        member_index (int | None | Unset): Position of the member the application is for (single-person coverage,
            disability subsidies); the head by default
        needs (list[Need] | Unset):
        submit (bool | Unset): Submit now (needs consent) or keep a draft Default: True.
    """

    kind: ApplicationCreateKind
    consent: ConsentGrant | None | Unset = UNSET
    documents: list[DocumentMeta] | Unset = UNSET
    household: HouseholdCreate | None | Unset = UNSET
    household_id: None | Unset | UUID = UNSET
    member_index: int | None | Unset = UNSET
    needs: list[Need] | Unset = UNSET
    submit: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent_grant import ConsentGrant  # noqa: PLC0415
        from ..models.household_create import HouseholdCreate  # noqa: PLC0415

        kind: str = self.kind

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, ConsentGrant):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        household: dict[str, Any] | None | Unset
        if isinstance(self.household, Unset):
            household = UNSET
        elif isinstance(self.household, HouseholdCreate):
            household = self.household.to_dict()
        else:
            household = self.household

        household_id: None | str | Unset
        if isinstance(self.household_id, Unset):
            household_id = UNSET
        elif isinstance(self.household_id, UUID):
            household_id = str(self.household_id)
        else:
            household_id = self.household_id

        member_index: int | None | Unset
        if isinstance(self.member_index, Unset):
            member_index = UNSET
        else:
            member_index = self.member_index

        needs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.needs, Unset):
            needs = []
            for needs_item_data in self.needs:
                needs_item = needs_item_data.to_dict()
                needs.append(needs_item)

        submit = self.submit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if consent is not UNSET:
            field_dict["consent"] = consent
        if documents is not UNSET:
            field_dict["documents"] = documents
        if household is not UNSET:
            field_dict["household"] = household
        if household_id is not UNSET:
            field_dict["household_id"] = household_id
        if member_index is not UNSET:
            field_dict["member_index"] = member_index
        if needs is not UNSET:
            field_dict["needs"] = needs
        if submit is not UNSET:
            field_dict["submit"] = submit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_grant import ConsentGrant  # noqa: PLC0415
        from ..models.document_meta import DocumentMeta  # noqa: PLC0415
        from ..models.household_create import HouseholdCreate  # noqa: PLC0415
        from ..models.need import Need  # noqa: PLC0415

        d = dict(src_dict)
        kind = check_application_create_kind(d.pop("kind"))

        def _parse_consent(data: object) -> ConsentGrant | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = ConsentGrant.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentGrant | None | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))

        _documents = d.pop("documents", UNSET)
        documents: list[DocumentMeta] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = DocumentMeta.from_dict(documents_item_data)

                documents.append(documents_item)

        def _parse_household(data: object) -> HouseholdCreate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                household_type_0 = HouseholdCreate.from_dict(data)

                return household_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HouseholdCreate | None | Unset, data)

        household = _parse_household(d.pop("household", UNSET))

        def _parse_household_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                household_id_type_0 = UUID(data)

                return household_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        household_id = _parse_household_id(d.pop("household_id", UNSET))

        def _parse_member_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_index = _parse_member_index(d.pop("member_index", UNSET))

        _needs = d.pop("needs", UNSET)
        needs: list[Need] | Unset = UNSET
        if _needs is not UNSET:
            needs = []
            for needs_item_data in _needs:
                needs_item = Need.from_dict(needs_item_data)

                needs.append(needs_item)

        submit = d.pop("submit", UNSET)

        application_create = cls(
            kind=kind,
            consent=consent,
            documents=documents,
            household=household,
            household_id=household_id,
            member_index=member_index,
            needs=needs,
            submit=submit,
        )

        return application_create
