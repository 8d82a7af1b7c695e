"""The vocabulary of partner records: sources, kinds and types, and which incomes are not counted."""

from __future__ import annotations

# Departments and institutions that share data (DOMAIN.md, "Monitoring and early warning").
SOURCES = frozenset(
    {
        "medical_insurance",  # 医保
        "human_resources",  # 人社
        "disability_federation",  # 残联
        "education",  # 教育
        "housing",  # 住建
        "real_estate",  # 不动产登记
        "tax",  # 税务
        "vehicles",  # 车辆管理
        "banks",  # 银行
        "securities",  # 证券
        "insurance",  # 商业保险
        "business_registry",  # 市场监管
        "housing_fund",  # 公积金
        "civil_affairs",  # 民政
        "health",  # 卫健
        "emergency",  # 应急
        "rural_revitalization",  # 乡村振兴
        "veterans_affairs",  # 退役军人事务
    }
)

INCOME_TYPES = frozenset(
    {
        "wage",  # 工资性收入 (net of necessary employment costs)
        "business",  # 经营净收入
        "property",  # 财产净收入
        "transfer",  # 转移净收入
        "pension_basic",  # 基础养老金
        "preferential_care",  # 优抚金
        "family_planning_reward",  # 计划生育奖励
        "scholarship",  # 奖学金
        "righteous_act_award",  # 见义勇为奖励
        "government_assistance",  # 政府救助金
    }
)
# Incomes not counted in household income (DOMAIN.md "income not counted").
EXEMPT_INCOME_TYPES = frozenset(
    {
        "pension_basic",
        "preferential_care",
        "family_planning_reward",
        "scholarship",
        "righteous_act_award",
        "government_assistance",
    }
)
ASSET_TYPES = frozenset(
    {
        "deposit",  # 存款
        "securities",  # 有价证券
        "fund",  # 基金
        "commercial_insurance",  # 商业保险
        "debt_owed",  # 债权
        "vehicle",  # 机动车辆
        "housing",  # 房产 (beyond the home lived in)
        "business",  # 经营实体
    }
)
FINANCIAL_ASSET_TYPES = frozenset(
    {"deposit", "securities", "fund", "commercial_insurance", "debt_owed"}
)
EXPENDITURE_TYPES = frozenset(
    {
        "medical_out_of_pocket",  # 医疗自付 (after reimbursement)
        "education",  # 教育支出
        "rehabilitation",  # 康复支出
    }
)
LIFE_EVENT_TYPES = frozenset(
    {
        "death",
        "serious_illness_diagnosis",
        "disability_certificate",
        "unemployment",
        "school_enrolment",
        "disaster",
    }
)
DISABILITY_CATEGORIES = frozenset(
    {"physical", "intellectual", "mental", "visual", "hearing", "speech", "multiple"}
)

TYPES_BY_KIND: dict[str, frozenset[str]] = {
    "income": INCOME_TYPES,
    "asset": ASSET_TYPES,
    "expenditure": EXPENDITURE_TYPES,
    "life_event": LIFE_EVENT_TYPES,
}
KINDS = frozenset(TYPES_BY_KIND)

# Every field a record may carry, in feed (CSV header) order.
FIELDS = (
    "source",
    "source_record_id",
    "id_number",
    "kind",
    "type",
    "amount_yuan",
    "date",
    "period_from",
    "period_to",
    "disability_category",
    "disability_grade",
)
# Columns a CSV feed must name in its header; the others may be absent.
REQUIRED_CSV_COLUMNS = ("source", "source_record_id", "id_number", "kind", "type")
