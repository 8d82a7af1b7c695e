"""Home-visit assessments (生活状况综合评估): two investigators, structured items, a conclusion."""
