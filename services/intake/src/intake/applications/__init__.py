"""Applications for assistance (救助申请) and their workflow: consent, needs, documents, timeline."""
