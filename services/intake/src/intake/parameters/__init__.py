"""Regional workflow parameters (地区参数): public-notice days and the decision time limit."""
