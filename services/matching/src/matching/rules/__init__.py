"""The rule engine: a safe expression language, the catalog loader, and two back ends (per household, vectorised)."""
