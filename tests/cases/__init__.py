"""The six cases of DOMAIN.md played end to end through the gateway, each actor with its own token."""
