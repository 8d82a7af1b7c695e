"""Households as declared by the applicant or a caseworker (家庭申报信息)."""
