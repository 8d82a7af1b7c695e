"""Imports every charity table so the metadata is complete (Alembic, drift check)."""

from charity.db import InboxEvent, OutboxEvent
from charity.households.models import HouseholdNeed, HouseholdProfile
from charity.lovelist.models import (
    Delivery,
    GroupBuyCampaign,
    LoveListProduct,
    LoveOrder,
    SupplierOrder,
)
from charity.organizations.models import Organization, OrganizationPerson
from charity.records.models import ServiceRecord
from charity.referrals.models import Referral, ReferralOccurrence, ReferralTransition
from charity.resources.models import CapacityUsage, Resource, StockLot, StockMovement

__all__ = [
    "CapacityUsage",
    "Delivery",
    "GroupBuyCampaign",
    "HouseholdNeed",
    "HouseholdProfile",
    "InboxEvent",
    "LoveListProduct",
    "LoveOrder",
    "Organization",
    "OrganizationPerson",
    "OutboxEvent",
    "Referral",
    "ReferralOccurrence",
    "ReferralTransition",
    "Resource",
    "ServiceRecord",
    "StockLot",
    "StockMovement",
    "SupplierOrder",
]
