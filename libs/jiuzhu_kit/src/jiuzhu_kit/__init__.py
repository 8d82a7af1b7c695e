"""Cross-cutting code shared by every Jiuzhu service; never domain models, never a service import."""
