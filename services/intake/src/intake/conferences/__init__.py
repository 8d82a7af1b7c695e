"""Case conferences (政策会商): departments give their opinion per scheme on a hard case."""
