"""The append-only audit log of reads of unmasked personal data (个人信息访问审计)."""
