"""The published policy catalog (政策一本通): versions, policies and parameters."""
