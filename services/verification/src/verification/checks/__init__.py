"""Economic-status checks (家庭经济状况核对 / 信息化核对) and the double check (双核查)."""
