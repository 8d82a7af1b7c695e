"""Contains all the data models used in inputs/outputs"""

from .application_create import ApplicationCreate
from .application_create_kind import ApplicationCreateKind
from .application_page import ApplicationPage
from .application_read import ApplicationRead
from .application_read_decision_type_0 import ApplicationReadDecisionType0
from .application_read_needs_item import ApplicationReadNeedsItem
from .assessment_create import AssessmentCreate
from .assessment_create_conclusion import AssessmentCreateConclusion
from .assessment_items import AssessmentItems
from .assessment_read import AssessmentRead
from .assessment_read_conclusion import AssessmentReadConclusion
from .asset_declared_input import AssetDeclaredInput
from .asset_declared_input_type import AssetDeclaredInputType
from .asset_declared_output import AssetDeclaredOutput
from .asset_declared_output_type import AssetDeclaredOutputType
from .asset_facts import AssetFacts
from .asset_limits import AssetLimits
from .assign_runner import AssignRunner
from .audit_entry_read import AuditEntryRead
from .audit_page import AuditPage
from .campaign_create import CampaignCreate
from .campaign_read import CampaignRead
from .candidate import Candidate
from .candidate_list import CandidateList
from .catalog_publish import CatalogPublish
from .catalog_publish_document_type_0 import CatalogPublishDocumentType0
from .catalog_version_read import CatalogVersionRead
from .charity_act_v1_referrals_referral_id_action_post_action import (
    CharityActV1ReferralsReferralIdActionPostAction,
)
from .charity_api_info_hsds_get_response_api_info_hsds_get import (
    CharityApiInfoHsdsGetResponseApiInfoHsdsGet,
)
from .charity_get_organization_hsds_organizations_organization_id_get_response_get_organization_hsds_organizations_organization_id_get import (
    CharityGetOrganizationHsdsOrganizationsOrganizationIdGetResponseGetOrganizationHsdsOrganizationsOrganizationIdGet,
)
from .charity_get_service_hsds_services_service_id_get_response_get_service_hsds_services_service_id_get import (
    CharityGetServiceHsdsServicesServiceIdGetResponseGetServiceHsdsServicesServiceIdGet,
)
from .charity_household_read import CharityHouseholdRead
from .charity_list_organizations_hsds_organizations_get_response_list_organizations_hsds_organizations_get import (
    CharityListOrganizationsHsdsOrganizationsGetResponseListOrganizationsHsdsOrganizationsGet,
)
from .charity_list_organizations_v1_organizations_get_kind_type_0 import (
    CharityListOrganizationsV1OrganizationsGetKindType0,
)
from .charity_list_people_v1_organizations_organization_id_people_get_role_type_0 import (
    CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0,
)
from .charity_list_referrals_v1_referrals_get_status_type_0 import (
    CharityListReferralsV1ReferralsGetStatusType0,
)
from .charity_list_resources_v1_resources_get_category_type_0 import (
    CharityListResourcesV1ResourcesGetCategoryType0,
)
from .charity_list_resources_v1_resources_get_kind_type_0 import (
    CharityListResourcesV1ResourcesGetKindType0,
)
from .charity_list_services_hsds_services_get_response_list_services_hsds_services_get import (
    CharityListServicesHsdsServicesGetResponseListServicesHsdsServicesGet,
)
from .charity_person_create import CharityPersonCreate
from .charity_person_create_role import CharityPersonCreateRole
from .charity_summary_v1_service_records_summary_get_by import (
    CharitySummaryV1ServiceRecordsSummaryGetBy,
)
from .check_read import CheckRead
from .check_read_report import CheckReadReport
from .check_read_summary import CheckReadSummary
from .check_request import CheckRequest
from .check_request_registration import CheckRequestRegistration
from .conclusion_create import ConclusionCreate
from .conference_create import ConferenceCreate
from .conference_create_departments_item import ConferenceCreateDepartmentsItem
from .conference_read import ConferenceRead
from .confirm_delivery import ConfirmDelivery
from .consent import Consent
from .consent_grant import ConsentGrant
from .consent_grant_granted_by import ConsentGrantGrantedBy
from .consent_grant_scope_item import ConsentGrantScopeItem
from .consent_read import ConsentRead
from .consent_revoke import ConsentRevoke
from .decision_create import DecisionCreate
from .decision_page import DecisionPage
from .decision_read import DecisionRead
from .decision_read_result import DecisionReadResult
from .decision_summary import DecisionSummary
from .declared import Declared
from .declared_asset import DeclaredAsset
from .declared_income import DeclaredIncome
from .decline_in import DeclineIn
from .delivery_read import DeliveryRead
from .document_meta import DocumentMeta
from .document_read import DocumentRead
from .documents_add import DocumentsAdd
from .effective_parameters import EffectiveParameters
from .escalation_result import EscalationResult
from .evidence_read import EvidenceRead
from .expenditure_facts import ExpenditureFacts
from .expiry_run import ExpiryRun
from .feed_job_read import FeedJobRead
from .geo_point_input import GeoPointInput
from .geo_point_output import GeoPointOutput
from .hardship_facts import HardshipFacts
from .hardship_facts_kind_type_0 import HardshipFactsKindType0
from .healthz_healthz_get_response_healthz_healthz_get import (
    HealthzHealthzGetResponseHealthzHealthzGet,
)
from .hotline_call_create import HotlineCallCreate
from .hotline_call_create_outcome import HotlineCallCreateOutcome
from .hotline_call_create_topic import HotlineCallCreateTopic
from .household_create import HouseholdCreate
from .household_create_registration import HouseholdCreateRegistration
from .household_facts import HouseholdFacts
from .household_facts_registration import HouseholdFactsRegistration
from .household_history import HouseholdHistory
from .household_overview import HouseholdOverview
from .household_page import HouseholdPage
from .household_read import HouseholdRead
from .household_register import HouseholdRegister
from .household_register_circle_type_0 import HouseholdRegisterCircleType0
from .household_update import HouseholdUpdate
from .household_update_registration import HouseholdUpdateRegistration
from .household_version_read import HouseholdVersionRead
from .household_version_read_declaration import HouseholdVersionReadDeclaration
from .identity_created import IdentityCreated
from .identity_read import IdentityRead
from .income_declared_input import IncomeDeclaredInput
from .income_declared_input_type import IncomeDeclaredInputType
from .income_declared_output import IncomeDeclaredOutput
from .income_declared_output_type import IncomeDeclaredOutputType
from .income_facts import IncomeFacts
from .investigator import Investigator
from .issue_token_v1_auth_token_post_token_request import IssueTokenV1AuthTokenPostTokenRequest
from .issue_token_v1_auth_token_post_token_request_grant_type import (
    IssueTokenV1AuthTokenPostTokenRequestGrantType,
)
from .item_assessment import ItemAssessment
from .item_assessment_rating import ItemAssessmentRating
from .ledger_read import LedgerRead
from .lot_create import LotCreate
from .lot_read import LotRead
from .matching_need import MatchingNeed
from .matching_need_category import MatchingNeedCategory
from .matching_need_urgency import MatchingNeedUrgency
from .matching_parameter_read import MatchingParameterRead
from .matching_parameter_read_in_force_type_0 import MatchingParameterReadInForceType0
from .matching_parameter_read_values_item import MatchingParameterReadValuesItem
from .me import Me
from .member import Member
from .member_capacity_to_work_type_0 import MemberCapacityToWorkType0
from .member_create import MemberCreate
from .member_create_capacity_to_work import MemberCreateCapacityToWork
from .member_create_disability_category_type_0 import MemberCreateDisabilityCategoryType0
from .member_create_employment import MemberCreateEmployment
from .member_create_exclusion_type_0 import MemberCreateExclusionType0
from .member_create_relation import MemberCreateRelation
from .member_create_school_stage_type_0 import MemberCreateSchoolStageType0
from .member_create_sex_type_0 import MemberCreateSexType0
from .member_disability_category_type_0 import MemberDisabilityCategoryType0
from .member_exclusion_type_0 import MemberExclusionType0
from .member_facts import MemberFacts
from .member_facts_capacity_to_work import MemberFactsCapacityToWork
from .member_facts_disability_category_type_0 import MemberFactsDisabilityCategoryType0
from .member_facts_employment import MemberFactsEmployment
from .member_facts_relation import MemberFactsRelation
from .member_facts_school_stage_type_0 import MemberFactsSchoolStageType0
from .member_facts_sex import MemberFactsSex
from .member_read import MemberRead
from .member_sex_type_0 import MemberSexType0
from .member_summary import MemberSummary
from .member_summary_sex import MemberSummarySex
from .monitored_household_in import MonitoredHouseholdIn
from .monitored_household_in_registration_type_0 import MonitoredHouseholdInRegistrationType0
from .monitored_household_in_status import MonitoredHouseholdInStatus
from .monitored_member_in import MonitoredMemberIn
from .monitoring_statistics import MonitoringStatistics
from .monitoring_statistics_by_rule import MonitoringStatisticsByRule
from .movement_read import MovementRead
from .need import Need
from .need_category import NeedCategory
from .need_in import NeedIn
from .need_in_category import NeedInCategory
from .need_in_urgency import NeedInUrgency
from .need_read import NeedRead
from .need_urgency import NeedUrgency
from .neighbour_interview import NeighbourInterview
from .occurrence_outcome import OccurrenceOutcome
from .occurrence_outcome_outcome import OccurrenceOutcomeOutcome
from .occurrence_read import OccurrenceRead
from .opinion_create import OpinionCreate
from .opinion_create_department import OpinionCreateDepartment
from .opinion_read import OpinionRead
from .opinion_read_department import OpinionReadDepartment
from .order_create import OrderCreate
from .order_read import OrderRead
from .organization_create import OrganizationCreate
from .organization_create_kind import OrganizationCreateKind
from .organization_page import OrganizationPage
from .organization_read import OrganizationRead
from .override_in import OverrideIn
from .parameter_create import ParameterCreate
from .parameter_list import ParameterList
from .parameter_read import ParameterRead
from .parameter_value_in import ParameterValueIn
from .parameter_value_in_brackets_type_0_item import ParameterValueInBracketsType0Item
from .part import Part
from .part_status import PartStatus
from .partner_create import PartnerCreate
from .partner_create_role import PartnerCreateRole
from .password_change import PasswordChange
from .period import Period
from .person_create import PersonCreate
from .person_create_roles_item import PersonCreateRolesItem
from .person_read import PersonRead
from .photo_metadata import PhotoMetadata
from .photo_metadata_content_type import PhotoMetadataContentType
from .plan_page import PlanPage
from .plan_read import PlanRead
from .plan_read_needs_covered_item import PlanReadNeedsCoveredItem
from .plan_read_needs_uncovered_item import PlanReadNeedsUncoveredItem
from .plan_read_policies_item import PlanReadPoliciesItem
from .policy_list import PolicyList
from .policy_read import PolicyRead
from .policy_read_conditions_item import PolicyReadConditionsItem
from .population_load import PopulationLoad
from .population_load_result import PopulationLoadResult
from .population_read import PopulationRead
from .population_source import PopulationSource
from .population_source_source import PopulationSourceSource
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .product_create import ProductCreate
from .product_create_eligibility_item import ProductCreateEligibilityItem
from .product_read import ProductRead
from .record_create import RecordCreate
from .record_read import RecordRead
from .record_read_attributes_type_0 import RecordReadAttributesType0
from .record_search import RecordSearch
from .record_version_read import RecordVersionRead
from .record_write_result import RecordWriteResult
from .record_write_result_attributes_type_0 import RecordWriteResultAttributesType0
from .record_write_result_outcome import RecordWriteResultOutcome
from .recurrence import Recurrence
from .recurrence_every import RecurrenceEvery
from .referral_create import ReferralCreate
from .referral_page import ReferralPage
from .referral_read import ReferralRead
from .referral_read_status import ReferralReadStatus
from .referral_summary import ReferralSummary
from .referral_summary_status import ReferralSummaryStatus
from .reform_in import ReformIn
from .replay_read import ReplayRead
from .replay_read_result import ReplayReadResult
from .resource_create import ResourceCreate
from .resource_create_capacity_period_type_0 import ResourceCreateCapacityPeriodType0
from .resource_create_category import ResourceCreateCategory
from .resource_create_kind import ResourceCreateKind
from .resource_create_target_groups_item import ResourceCreateTargetGroupsItem
from .resource_page import ResourcePage
from .resource_read import ResourceRead
from .resource_update import ResourceUpdate
from .resource_update_status_type_0 import ResourceUpdateStatusType0
from .rule_read import RuleRead
from .rule_read_params import RuleReadParams
from .rule_version_read import RuleVersionRead
from .screening_job_read import ScreeningJobRead
from .screening_request import ScreeningRequest
from .secret_rotated import SecretRotated
from .service_record_create import ServiceRecordCreate
from .service_record_page import ServiceRecordPage
from .service_record_read import ServiceRecordRead
from .service_record_read_details import ServiceRecordReadDetails
from .shared_household import SharedHousehold
from .simulation_create import SimulationCreate
from .simulation_read import SimulationRead
from .simulation_read_request import SimulationReadRequest
from .simulation_read_result import SimulationReadResult
from .status_read import StatusRead
from .stock_in import StockIn
from .summary import Summary
from .summary_by import SummaryBy
from .summary_row import SummaryRow
from .supplier_order_read import SupplierOrderRead
from .supplier_order_read_lines_item import SupplierOrderReadLinesItem
from .timeline_read import TimelineRead
from .token_response import TokenResponse
from .transition_read import TransitionRead
from .transition_request import TransitionRequest
from .verification_list_warnings_v1_warnings_get_state_type_0 import (
    VerificationListWarningsV1WarningsGetStateType0,
)
from .warning_household_read import WarningHouseholdRead
from .warning_member_read import WarningMemberRead
from .warning_read import WarningRead
from .warning_read_state import WarningReadState
from .warning_transition import WarningTransition
from .warning_transition_to import WarningTransitionTo

__all__ = (
    "ApplicationCreate",
    "ApplicationCreateKind",
    "ApplicationPage",
    "ApplicationRead",
    "ApplicationReadDecisionType0",
    "ApplicationReadNeedsItem",
    "AssessmentCreate",
    "AssessmentCreateConclusion",
    "AssessmentItems",
    "AssessmentRead",
    "AssessmentReadConclusion",
    "AssetDeclaredInput",
    "AssetDeclaredInputType",
    "AssetDeclaredOutput",
    "AssetDeclaredOutputType",
    "AssetFacts",
    "AssetLimits",
    "AssignRunner",
    "AuditEntryRead",
    "AuditPage",
    "CampaignCreate",
    "CampaignRead",
    "Candidate",
    "CandidateList",
    "CatalogPublish",
    "CatalogPublishDocumentType0",
    "CatalogVersionRead",
    "CharityActV1ReferralsReferralIdActionPostAction",
    "CharityApiInfoHsdsGetResponseApiInfoHsdsGet",
    "CharityGetOrganizationHsdsOrganizationsOrganizationIdGetResponseGetOrganizationHsdsOrganizationsOrganizationIdGet",
    "CharityGetServiceHsdsServicesServiceIdGetResponseGetServiceHsdsServicesServiceIdGet",
    "CharityHouseholdRead",
    "CharityListOrganizationsHsdsOrganizationsGetResponseListOrganizationsHsdsOrganizationsGet",
    "CharityListOrganizationsV1OrganizationsGetKindType0",
    "CharityListPeopleV1OrganizationsOrganizationIdPeopleGetRoleType0",
    "CharityListReferralsV1ReferralsGetStatusType0",
    "CharityListResourcesV1ResourcesGetCategoryType0",
    "CharityListResourcesV1ResourcesGetKindType0",
    "CharityListServicesHsdsServicesGetResponseListServicesHsdsServicesGet",
    "CharityPersonCreate",
    "CharityPersonCreateRole",
    "CharitySummaryV1ServiceRecordsSummaryGetBy",
    "CheckRead",
    "CheckReadReport",
    "CheckReadSummary",
    "CheckRequest",
    "CheckRequestRegistration",
    "ConclusionCreate",
    "ConferenceCreate",
    "ConferenceCreateDepartmentsItem",
    "ConferenceRead",
    "ConfirmDelivery",
    "Consent",
    "ConsentGrant",
    "ConsentGrantGrantedBy",
    "ConsentGrantScopeItem",
    "ConsentRead",
    "ConsentRevoke",
    "DecisionCreate",
    "DecisionPage",
    "DecisionRead",
    "DecisionReadResult",
    "DecisionSummary",
    "Declared",
    "DeclaredAsset",
    "DeclaredIncome",
    "DeclineIn",
    "DeliveryRead",
    "DocumentMeta",
    "DocumentRead",
    "DocumentsAdd",
    "EffectiveParameters",
    "EscalationResult",
    "EvidenceRead",
    "ExpenditureFacts",
    "ExpiryRun",
    "FeedJobRead",
    "GeoPointInput",
    "GeoPointOutput",
    "HardshipFacts",
    "HardshipFactsKindType0",
    "HealthzHealthzGetResponseHealthzHealthzGet",
    "HotlineCallCreate",
    "HotlineCallCreateOutcome",
    "HotlineCallCreateTopic",
    "HouseholdCreate",
    "HouseholdCreateRegistration",
    "HouseholdFacts",
    "HouseholdFactsRegistration",
    "HouseholdHistory",
    "HouseholdOverview",
    "HouseholdPage",
    "HouseholdRead",
    "HouseholdRegister",
    "HouseholdRegisterCircleType0",
    "HouseholdUpdate",
    "HouseholdUpdateRegistration",
    "HouseholdVersionRead",
    "HouseholdVersionReadDeclaration",
    "IdentityCreated",
    "IdentityRead",
    "IncomeDeclaredInput",
    "IncomeDeclaredInputType",
    "IncomeDeclaredOutput",
    "IncomeDeclaredOutputType",
    "IncomeFacts",
    "Investigator",
    "IssueTokenV1AuthTokenPostTokenRequest",
    "IssueTokenV1AuthTokenPostTokenRequestGrantType",
    "ItemAssessment",
    "ItemAssessmentRating",
    "LedgerRead",
    "LotCreate",
    "LotRead",
    "MatchingNeed",
    "MatchingNeedCategory",
    "MatchingNeedUrgency",
    "MatchingParameterRead",
    "MatchingParameterReadInForceType0",
    "MatchingParameterReadValuesItem",
    "Me",
    "Member",
    "MemberCapacityToWorkType0",
    "MemberCreate",
    "MemberCreateCapacityToWork",
    "MemberCreateDisabilityCategoryType0",
    "MemberCreateEmployment",
    "MemberCreateExclusionType0",
    "MemberCreateRelation",
    "MemberCreateSchoolStageType0",
    "MemberCreateSexType0",
    "MemberDisabilityCategoryType0",
    "MemberExclusionType0",
    "MemberFacts",
    "MemberFactsCapacityToWork",
    "MemberFactsDisabilityCategoryType0",
    "MemberFactsEmployment",
    "MemberFactsRelation",
    "MemberFactsSchoolStageType0",
    "MemberFactsSex",
    "MemberRead",
    "MemberSexType0",
    "MemberSummary",
    "MemberSummarySex",
    "MonitoredHouseholdIn",
    "MonitoredHouseholdInRegistrationType0",
    "MonitoredHouseholdInStatus",
    "MonitoredMemberIn",
    "MonitoringStatistics",
    "MonitoringStatisticsByRule",
    "MovementRead",
    "Need",
    "NeedCategory",
    "NeedIn",
    "NeedInCategory",
    "NeedInUrgency",
    "NeedRead",
    "NeedUrgency",
    "NeighbourInterview",
    "OccurrenceOutcome",
    "OccurrenceOutcomeOutcome",
    "OccurrenceRead",
    "OpinionCreate",
    "OpinionCreateDepartment",
    "OpinionRead",
    "OpinionReadDepartment",
    "OrderCreate",
    "OrderRead",
    "OrganizationCreate",
    "OrganizationCreateKind",
    "OrganizationPage",
    "OrganizationRead",
    "OverrideIn",
    "ParameterCreate",
    "ParameterList",
    "ParameterRead",
    "ParameterValueIn",
    "ParameterValueInBracketsType0Item",
    "Part",
    "PartnerCreate",
    "PartnerCreateRole",
    "PartStatus",
    "PasswordChange",
    "Period",
    "PersonCreate",
    "PersonCreateRolesItem",
    "PersonRead",
    "PhotoMetadata",
    "PhotoMetadataContentType",
    "PlanPage",
    "PlanRead",
    "PlanReadNeedsCoveredItem",
    "PlanReadNeedsUncoveredItem",
    "PlanReadPoliciesItem",
    "PolicyList",
    "PolicyRead",
    "PolicyReadConditionsItem",
    "PopulationLoad",
    "PopulationLoadResult",
    "PopulationRead",
    "PopulationSource",
    "PopulationSourceSource",
    "Problem",
    "ProblemErrorsItem",
    "ProductCreate",
    "ProductCreateEligibilityItem",
    "ProductRead",
    "RecordCreate",
    "RecordRead",
    "RecordReadAttributesType0",
    "RecordSearch",
    "RecordVersionRead",
    "RecordWriteResult",
    "RecordWriteResultAttributesType0",
    "RecordWriteResultOutcome",
    "Recurrence",
    "RecurrenceEvery",
    "ReferralCreate",
    "ReferralPage",
    "ReferralRead",
    "ReferralReadStatus",
    "ReferralSummary",
    "ReferralSummaryStatus",
    "ReformIn",
    "ReplayRead",
    "ReplayReadResult",
    "ResourceCreate",
    "ResourceCreateCapacityPeriodType0",
    "ResourceCreateCategory",
    "ResourceCreateKind",
    "ResourceCreateTargetGroupsItem",
    "ResourcePage",
    "ResourceRead",
    "ResourceUpdate",
    "ResourceUpdateStatusType0",
    "RuleRead",
    "RuleReadParams",
    "RuleVersionRead",
    "ScreeningJobRead",
    "ScreeningRequest",
    "SecretRotated",
    "ServiceRecordCreate",
    "ServiceRecordPage",
    "ServiceRecordRead",
    "ServiceRecordReadDetails",
    "SharedHousehold",
    "SimulationCreate",
    "SimulationRead",
    "SimulationReadRequest",
    "SimulationReadResult",
    "StatusRead",
    "StockIn",
    "Summary",
    "SummaryBy",
    "SummaryRow",
    "SupplierOrderRead",
    "SupplierOrderReadLinesItem",
    "TimelineRead",
    "TokenResponse",
    "TransitionRead",
    "TransitionRequest",
    "VerificationListWarningsV1WarningsGetStateType0",
    "WarningHouseholdRead",
    "WarningMemberRead",
    "WarningRead",
    "WarningReadState",
    "WarningTransition",
    "WarningTransitionTo",
)
