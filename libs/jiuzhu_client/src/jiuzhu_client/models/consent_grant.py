from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.consent_grant_granted_by import ConsentGrantGrantedBy, check_consent_grant_granted_by
from ..models.consent_grant_scope_item import ConsentGrantScopeItem, check_consent_grant_scope_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsentGrant")


@_attrs_define
class ConsentGrant:
    """授权核对: who authorised the economic check, and for what.

    Attributes:
        signer_name (str):
        granted_at (datetime.datetime | None | Unset): Defaults to now
        granted_by (ConsentGrantGrantedBy | Unset):  Default: 'subject'.
        scope (list[ConsentGrantScopeItem] | Unset):
        share_with_charity (bool | Unset): May uncovered needs be shared (masked) with charities? Default: False.
    """

    signer_name: str
    granted_at: datetime.datetime | None | Unset = UNSET
    granted_by: ConsentGrantGrantedBy | Unset = "subject"
    scope: list[ConsentGrantScopeItem] | Unset = UNSET
    share_with_charity: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        signer_name = self.signer_name

        granted_at: None | str | Unset
        if isinstance(self.granted_at, Unset):
            granted_at = UNSET
        elif isinstance(self.granted_at, datetime.datetime):
            granted_at = self.granted_at.isoformat()
        else:
            granted_at = self.granted_at

        granted_by: str | Unset = UNSET
        if not isinstance(self.granted_by, Unset):
            granted_by = self.granted_by

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item: str = scope_item_data
                scope.append(scope_item)

        share_with_charity = self.share_with_charity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "signer_name": signer_name,
            }
        )
        if granted_at is not UNSET:
            field_dict["granted_at"] = granted_at
        if granted_by is not UNSET:
            field_dict["granted_by"] = granted_by
        if scope is not UNSET:
            field_dict["scope"] = scope
        if share_with_charity is not UNSET:
            field_dict["share_with_charity"] = share_with_charity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signer_name = d.pop("signer_name")

        def _parse_granted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                granted_at_type_0 = datetime.datetime.fromisoformat(data)

                return granted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        granted_at = _parse_granted_at(d.pop("granted_at", UNSET))

        _granted_by = d.pop("granted_by", UNSET)
        granted_by: ConsentGrantGrantedBy | Unset
        if isinstance(_granted_by, Unset):
            granted_by = UNSET
        else:
            granted_by = check_consent_grant_granted_by(_granted_by)

        _scope = d.pop("scope", UNSET)
        scope: list[ConsentGrantScopeItem] | Unset = UNSET
        if _scope is not UNSET:
            scope = []
            for scope_item_data in _scope:
                scope_item = check_consent_grant_scope_item(scope_item_data)

                scope.append(scope_item)

        share_with_charity = d.pop("share_with_charity", UNSET)

        consent_grant = cls(
            signer_name=signer_name,
            granted_at=granted_at,
            granted_by=granted_by,
            scope=scope,
            share_with_charity=share_with_charity,
        )

        return consent_grant
