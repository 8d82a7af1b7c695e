"""One API description: the services' OpenAPI documents merged under the gateway's paths."""
