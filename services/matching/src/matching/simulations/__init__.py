"""Population what-if simulations of parameter reforms."""
