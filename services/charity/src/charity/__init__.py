"""Charity service (救助+): organizations, resources, closed-loop referrals, love list, deliveries, HSDS export."""
