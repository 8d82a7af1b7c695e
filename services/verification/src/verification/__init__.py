"""Verification service: partner data exchange, economic-status checks (信息化核对), home-visit assessments, monitoring and warnings."""
