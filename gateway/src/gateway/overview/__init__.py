"""Composite views for the mobile app, assembled from several services."""
